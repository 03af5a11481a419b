package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.TestCalendars;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code kith sources add ics} against a calendar on the tests' HTTP server: the address comes on
 * standard input (or as an argument) and is never printed, a sync reports events, and removing the
 * source can take what it captured with it.
 */
class CalendarSourceCommandTests {
    private static Cli cli;
    private static Map.Entry<String, TestCalendars.Published> calendar;

    @BeforeAll
    static void start() {
        System.setProperty("kith.fetch-allow", "127.0.0.1");
        cli = Cli.onSqlite();
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Mia Owner").exit()).isZero();
        cli.run("people", "add", "Ada Lovelace", "--email", "ada@example.org");
        calendar = TestCalendars.publish("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kith//tests//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:lunch@example.org\r\nDTSTART:20260302T120000Z\r\nDTEND:20260302T130000Z\r\n"
                + "SUMMARY:Lunch\r\nORGANIZER:mailto:me@example.com\r\nATTENDEE:mailto:ada@example.org\r\n"
                + "ATTENDEE;CN=\"Lea \u001b[2J\":mailto:lea@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    @AfterAll
    static void stop() {
        System.clearProperty("kith.fetch-allow");
    }

    @Test
    void aCalendarIsAddedFromStandardInputSyncedListedAndRemovedWithWhatItCaptured() {
        Cli.Result added = cli.runWithInput(calendar.getKey() + "\n", "sources", "add", "ics", "--url-stdin",
                "--start", "2026-01-01");
        String id = added.line();

        Cli.Result synced = cli.run("sources", "sync", id);
        Cli.Result list = cli.run("sources", "list");
        JsonNode json = cli.run("sources", "list", "--json").json();
        Cli.Result removed = cli.run("sources", "remove", id, "--delete-captured");

        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(synced.exit()).as(synced.err()).isZero();
        assertThat(synced.out()).contains("127.0.0.1: read 1 events, logged 1 touches, 1 for suggestions");
        assertThat(list.out()).contains(id, "ics", "ok");
        assertThat(json.get(0).get("calendar").get("host").asString()).isEqualTo("127.0.0.1");
        assertThat(removed.err()).contains("Removed 127.0.0.1 and the 1 interactions it captured.");
        for (Cli.Result r : List.of(added, synced, list, removed)) {
            assertThat(r.out() + r.err()).doesNotContain("secret-");
        }
        assertThat(json.toString()).doesNotContain("secret-");
    }

    @Test
    void theAddressComesOnceAndMistakesChangeNothing() {
        Cli.Result both = cli.runWithInput(calendar.getKey() + "\n", "sources", "add", "ics", calendar.getKey(),
                "--url-stdin");
        Cli.Result none = cli.run("sources", "add", "ics");
        Cli.Result empty = cli.runWithInput("\n", "sources", "add", "ics", "--url-stdin");
        Cli.Result notHttp = cli.run("sources", "add", "ics", "ftp://calendar.example.org/secret-x.ics");

        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("either as URL or on standard input");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).startsWith("kith: --url-stdin: no address on standard input");
        assertThat(notHttp.exit()).isEqualTo(2);
        assertThat(notHttp.err()).startsWith("kith: url: must be an http:// or https:// address")
                .doesNotContain("secret-");
        assertThat(cli.run("sources", "list", "--json").json().size()).isZero();
    }
}
