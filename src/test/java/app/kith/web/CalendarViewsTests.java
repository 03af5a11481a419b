package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.calendar.IcsImport;
import app.kith.shared.AccountId;
import app.kith.testing.GeneratedFiles;
import app.kith.testing.TestDatabases;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The calendar's pages over HTTP with a day crowded by a hostile import (issue 19, bounded reads): the
 * month and the agenda show a few entries of it and say how many more, the day's own page lists all of
 * it a page at a time, and the markup in its titles is shown, never run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarViewsTests {
    private static final Path DATA = TestDatabases.tempDir();
    private static final String PASSWORD = "a long enough password";
    private static final LocalDate DAY = LocalDate.of(2025, 6, 11);
    private static final Pattern ENTRY = Pattern.compile("class=\"entry kind-");
    private static final Pattern EVENT = Pattern.compile("href=\"/calendar/events/([0-9a-f-]{36})\"");
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    IcsImport imports;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("kith.data", DATA::toString);
        registry.add("kith.db.url", () -> "");
    }

    private SignedIn crowded(int events, int series) throws Exception {
        String email = "busy-" + UUID.randomUUID() + "@example.com";
        AccountId account = accounts.create(email, "Busy Owner", PASSWORD).id();
        imports.importFile(account, "busy.ics",
                new StringReader(GeneratedFiles.busyDay(DAY, events, DAY.minusDays(3), series)), false);
        return SignedIn.as(port, email, PASSWORD);
    }

    @Test
    void theMonthShowsFourEntriesADayAndHowManyMoreWithTheirMarkupEscaped() throws Exception {
        SignedIn web = crowded(1500, 5);

        HttpResponse<String> month = web.get("/calendar?month=2025-06");

        assertThat(month.statusCode()).isEqualTo(200);
        String busiest = between(month.body(), "id=\"day-" + DAY + "\"", "</td>");
        assertThat(count(ENTRY, busiest)).isEqualTo(4);
        assertThat(busiest).contains("+1501 more", "href=\"/calendar/day?date=" + DAY + "\"");
        String quiet = between(month.body(), "id=\"day-" + DAY.plusDays(1) + "\"", "</td>");
        assertThat(count(ENTRY, quiet)).isEqualTo(4);
        assertThat(quiet).contains("+1 more");
        assertThat(count(ENTRY, month.body())).as("six weeks of at most four").isLessThanOrEqualTo(6 * 7 * 4);
        assertThat(month.body().length()).as("bounded, whatever the day holds").isLessThan(150_000);
        assertThat(month.body()).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(");
    }

    @Test
    void theAgendaShowsTenADayAndTheDaysPageListsEveryEntryOnceAPageAtATime() throws Exception {
        SignedIn web = crowded(250, 5);

        String agenda = web.get("/calendar/agenda?from=" + DAY.minusDays(1)).body();
        assertThat(count(ENTRY, between(agenda, "id=\"day-" + DAY + "\"", "id=\"day-" + DAY.plusDays(1) + "\"")))
                .isEqualTo(10);
        assertThat(agenda).contains("+245 more");

        List<String> listed = new ArrayList<>();
        String path = "/calendar/day?date=" + DAY;
        int pages = 0;
        while (path != null) {
            HttpResponse<String> page = web.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(count(ENTRY, page.body())).isLessThanOrEqualTo(100);
            Matcher event = EVENT.matcher(page.body());
            while (event.find()) {
                listed.add(event.group(1));
            }
            Matcher next = NEXT.matcher(page.body());
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
            pages++;
        }

        assertThat(listed).hasSize(250 + 5).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
        HttpResponse<String> bad = web.get("/calendar/day?date=" + DAY + "&cursor=nonsense");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("cursor").doesNotContain("Exception");
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return html.substring(start, html.indexOf(to, start));
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
