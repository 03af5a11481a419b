package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.shared.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** What a person using Kith in a browser gets, clicked through in headless Chromium. */
class BrowserTests extends BrowserTestSupport {

    @Autowired
    DirectoryService directory;

    @Test
    void signUpSignOutAndSignInAgain() {
        String email = signUp("Grace Hopper");
        pageShows("Today");

        find("form.signout button").click();
        pageShows("You are signed out");
        type("#username", email);
        type("#password", "not the password");
        find("main form button[type=submit]").click();
        pageShows("do not match");

        type("#username", email);
        type("#password", PASSWORD);
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlToBe(url("/")));
        pageShows("Reach out");
    }

    @Test
    void pageAskedForBeforeSignInIsWhereSignInLeads() {
        String email = signUp("Ada Lovelace");
        find("form.signout button").click();
        pageShows("signed out");

        open("/people/new");
        waiting().until(ExpectedConditions.urlContains("/login"));
        type("#username", email);
        type("#password", PASSWORD);
        find("main form button[type=submit]").click();

        waiting().until(ExpectedConditions.urlToBe(url("/people/new")));
    }

    @Test
    void addedPersonHasTheirPage() {
        signUp("Owner");

        addPerson("Katherine Johnson", "close");

        assertThat(find("h1").getText()).isEqualTo("Katherine Johnson");
        pageShows("circle: close");
    }

    @Test
    void theEditFormStartsFromWhatIsKnownAndSavesAChange() {
        signUp("Owner");
        String id = addPerson("Mary Jackson", "close");
        open("/people/" + id + "/edit");
        type("#organization", "NASA Langley");
        find("main form button[type=submit]").click();
        pageShows("NASA Langley");

        open("/people/" + id + "/edit");
        assertThat(find("#name").getDomProperty("value")).isEqualTo("Mary Jackson");
        assertThat(find("#organization").getDomProperty("value")).isEqualTo("NASA Langley");
        assertThat(find("#circle").getDomProperty("value")).isEqualTo("close");
        type("#howWeMet", "At the wind tunnel");
        find("main form button[type=submit]").click();

        waiting().until(ExpectedConditions.urlToBe(url("/people/" + id)));
        pageShows("At the wind tunnel");
        pageShows("NASA Langley");
    }

    @Test
    void searchNarrowsTheListAsYouType() {
        signUp("Owner");
        addPerson("Margaret Hamilton", "network");
        addPerson("Dorothy Vaughan", "network");
        open("/people");
        pageShows("Dorothy Vaughan");

        find("#q").sendKeys("hamil");

        waiting().until(ExpectedConditions.invisibilityOfElementWithText(By.cssSelector("#results a"),
                "Dorothy Vaughan"));
        assertThat(find("#results").getText()).contains("Margaret Hamilton");
        assertThat(browser.getCurrentUrl()).as("the search is in the address, to share or reload").contains("q=hamil");
    }

    @Test
    void oneClickTouchTakesSomeoneOffToday() {
        signUp("Owner");
        String id = addPerson("Mary Jackson", "close");
        open("/");
        find("#reach-" + id);

        find("#reach-" + id + " button").click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Logged a touch with"));
        open("/");
        pageShows("Reach out");
        assertThat(browser.findElements(By.id("reach-" + id))).isEmpty();
        open("/people/" + id);
        pageShows("message");
    }

    @Test
    void quickLogRecordsATouchWithSeveralPeople() {
        signUp("Owner");
        String first = addPerson("Annie Easley", "close");
        addPerson("Evelyn Boyd", "close");
        open("/log?person=" + first);

        find("#who").sendKeys("Evelyn");
        find("#candidates input[type=checkbox]").click();
        browser.findElement(By.xpath("//input[@id='kind-dinner']/parent::label")).click();
        browser.findElement(By.xpath("//input[@id='direction-gave']/parent::label")).click();
        type("#note", "Dinner at the lab");
        find("main form button[type=submit]").click();

        waiting().until(ExpectedConditions.urlToBe(url("/?logged")));
        open("/people/" + first);
        pageShows("Dinner at the lab");
        pageShows("Evelyn Boyd");
    }

    @Test
    void bulkTagAfterConfirmation() {
        signUp("Owner");
        addPerson("Hedy Lamarr", "network");
        addPerson("Radia Perlman", "network");
        open("/people");
        pageShows("Radia Perlman");

        for (var box : browser.findElements(By.cssSelector("#results tbody input[name=ids]"))) {
            box.click();
        }
        new Select(find("#action")).selectByValue("tag");
        type("#value", "pioneer");
        find("#results fieldset button").click();
        pageShows("pioneer");
        find("main form button[type=submit]").click();

        waiting().until(ExpectedConditions.urlContains("done=tag"));
        open("/people?tag=pioneer");
        pageShows("Hedy Lamarr");
        pageShows("Radia Perlman");
    }

    @Test
    void markupTypedByUsersIsShownAsTextAndNeverRuns() {
        signUp("Owner");
        String name = "<img src=x onerror=alert(1)>";
        String note = "<script>alert(2)</script>";
        open("/people/new");
        type("#name", name);
        type("#notes", note);
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlMatches("/people/[0-9a-f-]{36}$"));
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        open("/");
        noAlert();
        pageShows(name);
        open("/log?person=" + id);
        type("#note", note);
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlContains("/people/" + id));

        noAlert();
        assertThat(find("h1").getText()).isEqualTo(name);
        assertThat(find("main").getText()).contains(note);
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        open("/people");
        noAlert();
        pageShows(name);
    }

    @Test
    void crossSitePostWithoutTokenIsRefused() throws Exception {
        String email = signUp("Owner");
        Cookie session = browser.manage().getCookieNamed("SESSION");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/people")))
                .header("Cookie", "SESSION=" + session.getValue())
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Forged")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("That request was refused");
        open("/people?q=Forged");
        pageShows("No one matches");
        List<String> names = directory.list(accounts.byEmail(email).orElseThrow().id(), DirectoryFilter.everyone(),
                Page.Request.of(0, Page.MAX_SIZE)).items().stream().map(c -> c.name()).toList();
        assertThat(names).doesNotContain("Forged");
    }
}
