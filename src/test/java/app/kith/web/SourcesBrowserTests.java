package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Sources page clicked through in headless Chromium: a mailbox added, synced now (this server's
 * operator opened no address, so the guard refuses the loopback one and the page and Today say so in
 * one line), paused, edited without the password ever coming back, and removed after a confirmation.
 */
class SourcesBrowserTests extends BrowserTestSupport {
    private static final String MAILBOX_PASSWORD = "browser-typed app password";

    @Test
    void aMailboxIsAddedSyncedPausedEditedAndRemovedAndItsPasswordNeverShows() {
        signUp("Owner");
        open("/sources");
        pageShows("No source yet");
        type("#host", "127.0.0.1");
        new Select(find("#tls")).selectByValue("none");
        type("#port", "9");
        type("#user", "me@example.org");
        type("#password", MAILBOX_PASSWORD);
        find("#password").submit();

        pageShows("Added.");
        pageShows("me@example.org");
        find("button[aria-label='Sync me@example.org now']").click();
        pageShows("me@example.org could not be synced: refused: 127.0.0.1 is a loopback address");
        assertThat(find("li[id^=source-]").getText()).contains("failing");
        open("/");
        pageShows("me@example.org could not be synced: refused");

        open("/sources");
        find("button[aria-label='Pause me@example.org']").click();
        assertThat(find("button[aria-label='Resume me@example.org']").isDisplayed()).isTrue();
        find("a[aria-label='Edit me@example.org']").click();
        assertThat(find("#password").getAttribute("value")).isEmpty();
        assertThat(find("#password").getAttribute("type")).isEqualTo("password");
        assertThat(browser.getPageSource()).doesNotContain(MAILBOX_PASSWORD);
        type("#name", "Work mail");
        find("#name").submit();
        pageShows("Saved.");
        pageShows("Work mail");

        find("a[aria-label='Remove Work mail']").click();
        pageShows("Remove Work mail?");
        find("main button.danger").click();
        waiting().until(ExpectedConditions.urlContains("/sources?removed=0"));
        pageShows("Removed.");
        pageShows("No source yet");
        noAlert();
    }

    @Test
    void aCalendarIsAddedByItsAddressWhichNeverShowsAgainAndIsRefusedHereInOneLine() {
        String address = "http://127.0.0.1:9/calendar/ical/browser-secret-token/basic.ics";
        signUp("Owner");
        open("/sources");
        type("#url", address);
        find("#url").submit();

        pageShows("Added.");
        pageShows("calendar at http://127.0.0.1:9/…/basic.ics");
        find("button[aria-label='Sync 127.0.0.1 now']").click();
        pageShows("127.0.0.1 could not be synced: refused: 127.0.0.1 is a loopback address");
        find("a[aria-label='Edit 127.0.0.1']").click();
        assertThat(find("#url").getAttribute("value")).isEmpty();
        assertThat(find("#url").getAttribute("type")).isEqualTo("password");
        type("#calendarName", "Work calendar");
        find("#calendarName").submit();
        pageShows("Saved.");
        pageShows("Work calendar");
        assertThat(browser.getPageSource()).doesNotContain("browser-secret-token");
        open("/");
        pageShows("Work calendar could not be synced: refused");
        assertThat(browser.getPageSource()).doesNotContain("browser-secret-token");
        noAlert();
    }
}
