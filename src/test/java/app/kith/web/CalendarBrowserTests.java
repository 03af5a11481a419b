package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.calendar.CalendarService;
import app.kith.calendar.EventChanges;
import app.kith.calendar.Rsvp;
import app.kith.shared.AccountId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The relationship calendar and its feed, clicked through in headless Chromium. */
class CalendarBrowserTests extends BrowserTestSupport {

    @Autowired
    CalendarService calendar;

    @Test
    void eventCreatedWithSomeoneShowsOnItsDayInTheMonthView() {
        signUp("Owner");
        addPerson("Ada Lovelace", "close");
        LocalDate day = YearMonth.now().atDay(15);
        open("/calendar/events/new");

        new Select(find("#kind")).selectByValue("dinner");
        setValue("#date", day.toString());
        setValue("#time", "19:30");
        type("#location", "Chez Babbage");
        pick("people", "Ada");
        find("main form button.primary").click();

        waiting().until(ExpectedConditions.urlContains("/calendar?month=" + YearMonth.from(day)));
        pageShows("Added to the calendar");
        assertThat(find("#day-" + day).getText()).contains("Dinner with Ada Lovelace").contains("19:30");
        find("#day-" + day + " a.entry").click();
        pageShows("Chez Babbage");
        pageShows("Ada Lovelace");
    }

    @Test
    void birthdaysShowInTheMonthWithAnAgeOnlyWhenTheYearIsKnown() {
        signUp("Owner");
        YearMonth month = YearMonth.now();
        open("/people/new");
        type("#name", "Hedy Lamarr");
        type("#birthday", String.format("--%02d-05", month.getMonthValue()));
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlMatches("/people/[0-9a-f-]{36}$"));
        open("/people/new");
        type("#name", "Alan Turing");
        type("#birthday", month.minusYears(40).atDay(6).toString());
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlMatches("/people/[0-9a-f-]{36}$"));

        open("/calendar");

        assertThat(find("#day-" + month.atDay(5)).getText()).contains("Hedy Lamarr's birthday").doesNotContain("turns");
        assertThat(find("#day-" + month.atDay(6)).getText()).contains("Alan Turing turns 40");
    }

    @Test
    void onAPhoneTheMonthIsAListOfTheDaysWithSomething() {
        String email = signUp("Owner");
        String ada = addPerson("Grace Hopper", "close");
        LocalDate day = YearMonth.now().atDay(10);
        calendar.create(account(email), EventChanges.of("reminder", day.toString(), "Send the slides", List.of(ada)));
        browser.manage().window().setSize(new Dimension(375, 800));

        open("/calendar");

        assertThat(find("#day-" + day).getText()).contains("Send the slides");
        LocalDate empty = YearMonth.now().atDay(day.getDayOfMonth() == 11 ? 12 : 11);
        assertThat(browser.findElement(By.id("day-" + empty)).isDisplayed()).as("an empty day is left out").isFalse();
        assertThat(browser.findElement(By.cssSelector("table.month thead")).isDisplayed()).isFalse();
        open("/calendar/agenda?from=" + day.minusDays(1));
        pageShows("Send the slides");
    }

    @Test
    void invitationAnsweredFromTodayLeavesTheListAndKeepsTheAnswer() {
        String email = signUp("Owner");
        String host = addPerson("Katherine Johnson", "close");
        String id = calendar.create(account(email), new EventChanges("invitation", "Katherine's garden party",
                LocalDate.now().plusDays(5).toString(), null, null, null, null, null, List.of(), host, null, null, null,
                null, null, null)).id();
        open("/");
        assertThat(find("#invitation-" + id).getText()).contains("Katherine's garden party");

        find("#invitation-" + id + " button[value=accepted]").click();

        pageShows("Answered accepted");
        assertThat(calendar.get(account(email), id).rsvp()).isEqualTo(Rsvp.ACCEPTED);
        open("/");
        pageShows("Reach out");
        assertThat(browser.findElements(By.id("invitation-" + id))).isEmpty();
        open("/calendar/events/" + id);
        pageShows("RSVP: accepted");
        pageShows("invited you");
    }

    @Test
    void congratulatingAnAchievementLogsATouchThatGaveInTheirTimeline() {
        String email = signUp("Owner");
        String person = addPerson("Dorothy Vaughan", "close");
        String id = calendar.create(account(email), EventChanges.of("achievement", LocalDate.now().minusDays(2)
                .toString(), "Dorothy leads the computing section", List.of(person))).id();
        open("/");
        find("#achievement-" + id);
        open("/calendar/events/" + id);

        find("main form button.primary").click();

        pageShows("Congratulated, and logged as a touch that gave");
        open("/people/" + person);
        assertThat(find("#timeline ~ ul").getText()).contains("message").contains("give")
                .contains("Congratulations: Dorothy leads the computing section");
        open("/");
        pageShows("Reach out");
        assertThat(browser.findElements(By.id("achievement-" + id))).isEmpty();
    }

    @Test
    void personPageListsTheirEvents() {
        String email = signUp("Owner");
        String person = addPerson("Mary Jackson", "close");
        calendar.create(account(email), EventChanges.of("anniversary", "2020-03-01", "Mary's wedding anniversary",
                List.of(person)));

        open("/people/" + person);

        assertThat(find("#events ~ ul").getText()).contains("Mary's wedding anniversary").contains("anniversary");
    }

    @Test
    void editedEventKeepsItsPeopleAndChangesWhatWasChanged() {
        String email = signUp("Owner");
        String person = addPerson("Annie Easley", "close");
        String id = calendar.create(account(email), EventChanges.of("dinner", LocalDate.now().toString(), "Dinner",
                List.of(person))).id();
        open("/calendar/events/" + id + "/edit");

        type("#title", "Dinner at the lab");
        new Select(find("#repeat")).selectByValue("monthly");
        find("main form button.primary").click();

        pageShows("Saved.");
        pageShows("Dinner at the lab");
        pageShows("monthly");
        assertThat(calendar.get(account(email), id).people()).extracting(p -> p.id()).containsExactly(person);
    }

    @Test
    void rotatingTheFeedAddressStopsTheOldOneAtOnce() throws Exception {
        signUp("Owner");
        open("/settings");
        pageShows("The feed is off");
        find("section[aria-labelledby=feed] form button").click();
        String first = find("#feed-url").getText();
        HttpResponse<byte[]> feed = fetchAnonymously(first);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");

        WebElement shown = find("#feed-url");
        find("section[aria-labelledby=feed] form button").click();
        waiting().until(ExpectedConditions.stalenessOf(shown));
        String second = find("#feed-url").getText();

        assertThat(second).isNotEqualTo(first);
        assertThat(fetchAnonymously(first).statusCode()).isEqualTo(404);
        assertThat(fetchAnonymously(second).statusCode()).isEqualTo(200);
        open("/settings");
        assertThat(find("main").getText()).doesNotContain(second).contains("The feed is on since");
    }

    private HttpResponse<byte[]> fetchAnonymously(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private AccountId account(String email) {
        return accounts.byEmail(email).orElseThrow().id();
    }
}
