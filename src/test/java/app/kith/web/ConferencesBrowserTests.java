package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Conferences, clicked through in headless Chromium. */
class ConferencesBrowserTests extends BrowserTestSupport {

    @Test
    void seriesWithAnEditionYouGoToAndSomeoneMetLastYearToFollowUp() {
        signUp("Owner");
        addPerson("Barbara Liskov", "network");
        int year = Year.now().getValue();
        open("/conferences");
        type("#name", "JavaZone");
        type("#organizer", "javaBin");
        new Select(find("#usualMonth")).selectByValue("9");
        find("main form button.primary").click();
        waiting().until(ExpectedConditions.urlMatches("/conferences/[0-9a-f-]{36}$"));
        pageShows("usually in September");

        type("#city", "Oslo");
        find("#city").submit();
        pageShows("Edition saved");
        find("#edition-" + year + " button").click();
        pageShows("Attendance recorded");
        assertThat(find("#edition-" + year).getText()).contains("in Oslo").contains("you (going)");

        type("#attend-year", String.valueOf(year - 1));
        new Select(find("#status")).selectByValue("went");
        pick("people", "Barbara");
        find("section[aria-labelledby=attendance] button[type=submit]").click();

        pageShows("Attendance recorded");
        assertThat(find("#follow-up ~ ul").getText()).contains("Barbara Liskov").contains("met " + (year - 1))
                .contains("never touched");
        open("/conferences");
        pageShows("JavaZone");
    }

    @Test
    void attendanceWithNoOneTickedIsRefused() {
        signUp("Owner");
        open("/conferences");
        type("#name", "Devoxx");
        find("main form button.primary").click();
        waiting().until(ExpectedConditions.urlMatches("/conferences/[0-9a-f-]{36}$"));

        find("section[aria-labelledby=attendance] button[type=submit]").click();

        pageShows("tick at least one person");
    }
}
