package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.Account;
import app.kith.calendar.CalendarService;
import app.kith.calendar.EventChanges;
import app.kith.conferences.ConferenceService;
import app.kith.conferences.EditionChanges;
import app.kith.conferences.SeriesChanges;
import app.kith.devseed.SeedService;
import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.notecards.NoteCardChanges;
import app.kith.notecards.NoteCardService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main pages with a realistic network (the dev seed) and two meetings to prepare for, at phone and
 * desktop width. Each page must
 * render with its main landmark and no script error. The pictures go to target/screenshots; to
 * refresh the README's set, run with {@code -Dscreenshots=docs/screenshots}.
 */
class ScreenshotTests extends BrowserTestSupport {
    static final Path FOLDER = Path.of(System.getProperty("screenshots", "target/screenshots"));
    static final List<Integer> WIDTHS = List.of(375, 1280);
    static final List<String> PAGES = List.of("login", "today", "people", "person", "quick-log", "person-form",
            "organizations", "organization", "network", "settings", "calendar", "conference", "cards",
            "import-preview", "duplicates", "merge", "overview", "graph");

    @Autowired
    SeedService seeds;

    @Autowired
    DirectoryService directory;

    @Autowired
    CalendarService calendar;

    @Autowired
    ConferenceService conferences;

    @Autowired
    NoteCardService cards;

    @Autowired
    PeopleService people;

    @Test
    void mainPagesAtPhoneAndDesktopWidth() throws IOException {
        Files.createDirectories(FOLDER);
        String email = "sam.rivera@example.com";
        Account account = accounts.create(email, "Sam Rivera", PASSWORD);
        seeds.seed(account.id(), 300, 3000, 7);
        String conference = calendarConferencesAndCards(account.id());

        open("/login");
        shoot("login");
        type("#username", email);
        type("#password", PASSWORD);
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlToBe(url("/")));
        shoot("today");
        String person = find("#main .rows li[id^=reach-] a").getAttribute("href");
        open("/people");
        shoot("people");
        browser.get(person);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#paths + div, #paths ~ ol, #paths ~ p")));
        shoot("person");
        open("/log");
        shoot("quick-log");
        open("/people/new");
        shoot("person-form");
        open("/calendar");
        shoot("calendar");
        open("/conferences/" + conference);
        shoot("conference");
        open("/cards");
        shoot("cards");

        open("/organizations");
        shoot("organizations");
        find("#results a").click();
        shoot("organization");
        browser.get(person.replace("/people/", "/network?to="));
        find("#paths");
        shoot("network");
        open("/settings");
        shoot("settings");
        open("/overview");
        shoot("overview");
        browser.get(person.replace("/people/", "/graph?to="));
        find("#graph");
        shoot("graph");
        people.create(account.id(), PersonChanges.builder().name("Priya R.")
                .emails(List.of("priya.raman@example.com")).howWeMet("met at a sales kickoff").build());
        people.create(account.id(), PersonChanges.builder().name("Jordan Avery").nickname("Jordy")
                .howWeMet("climbing gym").circle("network").build());
        people.create(account.id(), PersonChanges.builder().name("Jordan Avery").nickname("Jo")
                .emails(List.of("jordan@avery.example")).birthday("--06-14").circle("close").tags(List.of("climbing"))
                .build());
        open("/import");
        new Select(find("#format")).selectByValue("linkedin");
        find("#file").sendKeys(Path.of(getClass().getResource("Connections.csv").getPath()).toAbsolutePath().toString());
        find("main form button[type=submit]").click();
        find("#counts");
        shoot("import-preview");
        open("/people/duplicates");
        shoot("duplicates");
        find("#pairs li:last-child a.button").click();
        find("table.merge");
        shoot("merge");

        for (String page : PAGES) {
            for (int width : WIDTHS) {
                assertThat(FOLDER.resolve(page + "-" + width + ".png")).isNotEmptyFile();
            }
        }
    }

    /** A month of events, a conference with editions this year and last, and a few cards; the series' id. */
    private String calendarConferencesAndCards(AccountId account) {
        List<String> p = directory.list(account, DirectoryFilter.everyone(), Page.Request.of(0, 12)).items().stream()
                .map(c -> c.id()).toList();
        YearMonth month = YearMonth.now();
        calendar.create(account, EventChanges.of("dinner", month.atDay(4).toString(), null, List.of(p.get(0), p.get(1))));
        calendar.create(account, new EventChanges("invitation", "Housewarming", month.atDay(12).toString(), null, null,
                null, "Lisbon", null, List.of(), p.get(2), null, null, null, null, null, null));
        calendar.create(account, EventChanges.of("achievement", month.atDay(2).toString(), "Promoted to staff engineer",
                List.of(p.get(3))));
        calendar.create(account, new EventChanges("reminder", "Call the book club", month.atDay(1).toString(), null,
                null, null, null, null, List.of(), null, null, null, "weekly", 1, null, null));
        calendar.create(account, EventChanges.of("anniversary", month.atDay(20).minusYears(3).toString(),
                "Wedding anniversary", List.of(p.get(4))));
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        calendar.create(account, new EventChanges("reminder", "Coffee about the launch", null, null,
                hour.plus(Duration.ofHours(3)).toString(), null, "Café Nero", null, List.of(p.get(1)), null, null,
                null, null, null, null, null));
        calendar.create(account, new EventChanges("dinner", "Dinner at the harbour", null, null,
                hour.plus(Duration.ofHours(28)).toString(), null, null, null, List.of(p.get(3), p.get(11)), null,
                null, null, null, null, null, null));
        String series = conferences.create(account, new SeriesChanges("JavaZone", "javaBin", 9,
                "https://javazone.no")).id();
        int year = month.getYear();
        conferences.edition(account, series, year, new EditionChanges(month.atDay(17).toString(),
                month.atDay(18).toString(), "Oslo"));
        conferences.attend(account, series, year, List.of(), "going");
        conferences.attend(account, series, year, List.of(p.get(5), p.get(6)), "going");
        conferences.edition(account, series, year - 1, new EditionChanges(null, null, "Oslo"));
        conferences.attend(account, series, year - 1, List.of(p.get(7), p.get(8)), "went");
        cards.add(account, new NoteCardChanges(p.get(3), "Congratulations on the promotion",
                LocalDate.now().plusDays(2).toString(), "So proud of you. Dinner is on me.", null));
        cards.add(account, new NoteCardChanges(p.get(9), "Thank you for the introduction", null, null, null));
        cards.add(account, new NoteCardChanges(p.get(10), "Birthday", LocalDate.now().plusDays(9).toString(), null,
                "written"));
        return series;
    }

    private void shoot(String page) throws IOException {
        find("main");
        for (int width : WIDTHS) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", width < 600));
            Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", Math.min(height.intValue(), 3000), "deviceScaleFactor", 1, "mobile", width < 600));
            Files.write(FOLDER.resolve(page + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        noAlert();
    }
}
