package app.kith.sources;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.insights.MeetingPrep;
import app.kith.insights.TodayService;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionKind;
import app.kith.shared.AccountId;
import app.kith.testing.TestAccounts;
import app.kith.testing.TestCalendars;
import app.kith.testing.TestDatabases;
import app.kith.testing.TestDatabases.Vendor;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A calendar source against a real HTTP server on loopback: past meetings with people you know become
 * meetings (a moved instance on its new day, a cancelled one never, and one cancelled later taken
 * back), unknown attendees suggestions, the next days' meetings meeting prep; an unchanged calendar
 * answers 304 and is not read again; bad answers fail the sync in one line and change nothing.
 */
class CalendarSourceTests {
    static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    @BeforeEach
    void june() {
        SourceNodes.CLOCK.set(NOW);
    }

    static String calendar(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kith//tests//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    /**
     * A weekly standup with Ada and Lea from 1 June (the first moved to the 2nd, the second cancelled),
     * coffee with Bob tomorrow, a stranger's offsite, a rule every second (cut to its bound), and an
     * event with nobody else.
     */
    static String standups(String owner, String... more) {
        List<String> lines = new ArrayList<>(List.of(
                "BEGIN:VEVENT", "UID:standup@example.org", "DTSTART:20260601T090000Z", "DTEND:20260601T093000Z",
                "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Standup", "ORGANIZER;CN=Me:mailto:" + owner,
                "ATTENDEE;CN=Ada:mailto:ADA@example.org", "ATTENDEE;CN=Lea:mailto:lea@example.org", "END:VEVENT",
                "BEGIN:VEVENT", "UID:standup@example.org", "RECURRENCE-ID:20260601T090000Z",
                "DTSTART:20260602T100000Z", "DTEND:20260602T103000Z", "SUMMARY:Standup (moved)",
                "ORGANIZER:mailto:" + owner, "ATTENDEE:mailto:ada@example.org", "ATTENDEE:mailto:lea@example.org",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:standup@example.org", "RECURRENCE-ID:20260608T090000Z",
                "DTSTART:20260608T090000Z", "STATUS:CANCELLED", "SUMMARY:Standup", "ORGANIZER:mailto:" + owner,
                "ATTENDEE:mailto:ada@example.org", "END:VEVENT",
                "BEGIN:VEVENT", "UID:coffee@example.org", "DTSTART:20260616T100000Z", "DTEND:20260616T110000Z",
                "SUMMARY:Coffee with Bob", "ATTENDEE:mailto:bob@example.org", "END:VEVENT",
                "BEGIN:VEVENT", "UID:tick@example.org", "DTSTART:20260615T000000Z", "RRULE:FREQ=SECONDLY",
                "SUMMARY:Every second", "END:VEVENT",
                "BEGIN:VEVENT", "UID:offsite@example.org", "DTSTART:20260605T080000Z", "SUMMARY:Offsite",
                "ORGANIZER:mailto:boss@example.net", "ATTENDEE:mailto:sam@example.net", "ATTENDEE:mailto:" + owner,
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:alone@example.org", "DTSTART:20260610T080000Z", "SUMMARY:Gym",
                "ORGANIZER:mailto:" + owner, "ATTENDEE:mailto:no-reply@example.org", "END:VEVENT"));
        lines.addAll(List.of(more));
        return calendar(lines.toArray(String[]::new));
    }

    /** The same calendar, with the standup of the 15th cancelled since. */
    static String standupsWithTheFifteenthCancelled(String owner) {
        return standups(owner, "BEGIN:VEVENT", "UID:standup@example.org", "RECURRENCE-ID:20260615T090000Z",
                "DTSTART:20260615T090000Z", "STATUS:CANCELLED", "SUMMARY:Standup", "END:VEVENT");
    }

    private static List<LocalDate> meetings(MailboxFixture f, String person) {
        return f.touches(person).stream().filter(i -> i.kind() == InteractionKind.MEETING).map(Interaction::date)
                .sorted().toList();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void pastMeetingsWithPeopleYouKnowAreLoggedOnceAndTheNextDaysArePrepared(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "calendar");
        String ada = f.person("Ada Lovelace", "ada@example.org");
        String bob = f.person("Bob Kahn", "bob@example.org");
        Map.Entry<String, TestCalendars.Published> cal = TestCalendars.publish(standups(f.owner()));
        SourceService sources = f.sources();
        Source source = sources.create(f.account, SourceChanges.ics(cal.getKey()));

        SyncReport first = sources.sync(f.account, source.id(), SyncProgress.NONE);

        assertThat(first.error()).isNull();
        assertThat(first.unit()).isEqualTo("events");
        assertThat(first.messages()).as("every occurrence read, the rule every second cut to its bound")
                .isGreaterThan(1_000);
        assertThat(meetings(f, ada)).as("moved to the 2nd; the 8th cancelled; the 22nd to come")
                .containsExactly(LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-15"));
        assertThat(f.touches(ada)).allSatisfy(i -> assertThat(i.sourceId()).isEqualTo(source.id()))
                .allSatisfy(i -> assertThat(i.notes()).as("titles only when asked for").isNull());
        assertThat(meetings(f, bob)).as("tomorrow's coffee is not a touch yet").isEmpty();
        assertThat(f.suggestions()).as("a stranger's offsite suggests nobody; the owner's standup does")
                .extracting(Suggestion::email).containsExactly("lea@example.org");
        assertThat(sources.get(f.account, source.id()).calendar().host()).isEqualTo("127.0.0.1");
        assertThat(sources.get(f.account, source.id()).captured()).isEqualTo(2);

        List<MeetingPrep> prep = SourceNodes.bean(vendor, TodayService.class)
                .today(f.account, LocalDate.parse("2026-06-15")).prep();
        assertThat(prep).singleElement().satisfies(p -> {
            assertThat(p.meeting().title()).isEqualTo("Coffee with Bob");
            assertThat(p.meeting().startsAt()).isEqualTo(Instant.parse("2026-06-16T10:00:00Z"));
            assertThat(p.people()).extracting(pp -> pp.person().id()).containsExactly(bob);
        });

        SyncReport unchanged = sources.sync(f.account, source.id(), SyncProgress.NONE);

        assertThat(cal.getValue().requests).as("the ETag went back, and the server answered 304")
                .containsExactly("", cal.getValue().etag());
        assertThat(unchanged.messages()).isZero();
        assertThat(unchanged.counted()).isZero();
        assertThat(f.allTouches()).hasSize(2);

        SourceNodes.CLOCK.set(Instant.parse("2026-06-16T12:00:00Z"));
        SyncReport dayAfter = sources.sync(f.account, source.id(), SyncProgress.NONE);

        assertThat(dayAfter.messages()).as("304 again: nothing read").isZero();
        assertThat(meetings(f, bob)).as("the coffee kept from the last read, logged once it ended")
                .containsExactly(LocalDate.parse("2026-06-16"));

        cal.getValue().serve(standupsWithTheFifteenthCancelled(f.owner()));
        SyncReport cancelled = sources.sync(f.account, source.id(), SyncProgress.NONE);

        assertThat(cancelled.error()).isNull();
        assertThat(meetings(f, ada)).as("the 15th, cancelled since, taken back")
                .containsExactly(LocalDate.parse("2026-06-02"));
        assertThat(meetings(f, bob)).hasSize(1);

        assertThat(sources.remove(f.account, source.id(), true)).isEqualTo(2);
        assertThat(f.allTouches()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aCalendarThatCannotBeReadFailsInOneLineAndChangesNothingAndItsAddressIsNeverLogged(Vendor vendor) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        root.addAppender(lines);
        try {
            failsInOneLine(vendor);
        } finally {
            root.detachAppender(lines);
        }
        List<String> logged = lines.list.stream().map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null
                ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        assertThat(logged).as("each failure logged in one line").anyMatch(l -> l.contains("larger than 20 MB"))
                .anyMatch(l -> l.contains("not a calendar Kith can read"));
        assertThat(logged).noneMatch(l -> l.contains("secret-"));
    }

    private static void failsInOneLine(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "bad-calendar");
        f.person("Ada Lovelace", "ada@example.org");
        SourceService sources = f.sources();
        String tooBig = "BEGIN:VCALENDAR\r\n" + "X".repeat(IcsSync.MAX_BYTES);
        String hostile = calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20260101T080000Z",
                "RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10;BYHOUR=8,9,10,11,12"
                        + ";BYMINUTE=0,30", "ATTENDEE:mailto:ada@example.org", "END:VEVENT");
        Map<String, String> expected = Map.of(
                tooBig, "what 127.0.0.1 sent is larger than 20 MB, more than Kith reads",
                "<!DOCTYPE html><html><body>Sign in to Google</body></html>",
                "what 127.0.0.1 sent is not a calendar Kith can read: 127.0.0.1:1:",
                hostile, "what 127.0.0.1 sent is not a calendar Kith can read: 127.0.0.1:7: RRULE combines more than"
                        + " 1000 BY values");
        expected.forEach((body, error) -> {
            Map.Entry<String, TestCalendars.Published> cal = TestCalendars.publish(body);
            Source source = sources.create(f.account, SourceChanges.ics(cal.getKey()));

            SyncReport report = sources.sync(f.account, source.id(), SyncProgress.NONE);

            assertThat(report.error()).startsWith(error).doesNotContain(cal.getKey()).doesNotContain("secret-");
            assertThat(sources.get(f.account, source.id()).status()).isEqualTo(SourceStatus.FAILING);
            assertThat(sources.problems(f.account)).extracting(SourceProblem::error).contains(report.error());
        });
        Map.Entry<String, TestCalendars.Published> gone = TestCalendars.publish(null);
        gone.getValue().redirectTo(gone.getKey().replace("/basic.ics", "/missing.ics"));
        Source missing = sources.create(f.account, SourceChanges.ics(gone.getKey()));
        assertThat(sources.sync(f.account, missing.id(), SyncProgress.NONE).error()).isEqualTo("127.0.0.1 answered 404 Not Found");
        assertThat(f.allTouches()).isEmpty();
        assertThat(f.suggestions()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theGuardRefusesBeforeConnectingAndOnEveryRedirect(Vendor vendor) throws IOException {
        var closed = TestDatabases.context(vendor);
        AccountId account = TestAccounts.fresh(closed.getBean(AccountService.class));
        SourceService refusing = closed.getBean(SourceService.class);
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Source source = refusing.create(account,
                    SourceChanges.ics("http://127.0.0.1:" + listener.getLocalPort() + "/secret-token/basic.ics"));

            SyncReport report = refusing.sync(account, source.id(), SyncProgress.NONE);

            assertThat(report.error()).startsWith("refused: 127.0.0.1 is a loopback address")
                    .contains("KITH_FETCH_ALLOW").doesNotContain("secret-token");
            try (Socket mine = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                 Socket first = listener.accept()) {
                assertThat(first.getPort()).as("the first connection the listener sees is the test's own")
                        .isEqualTo(mine.getLocalPort());
            }
        }

        MailboxFixture f = new MailboxFixture(vendor, "redirect");
        Map.Entry<String, TestCalendars.Published> cal = TestCalendars.publish(null);
        cal.getValue().redirectTo("http://169.254.169.254/latest/meta-data/");
        Source redirected = f.sources().create(f.account, SourceChanges.ics(cal.getKey()));

        assertThat(f.sources().sync(f.account, redirected.id(), SyncProgress.NONE).error())
                .startsWith("refused: 169.254.169.254 is a cloud metadata address");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theAddressIsSealedAtRestAndShownMasked(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "sealed-calendar");
        Map.Entry<String, TestCalendars.Published> cal = TestCalendars.publish(standups(f.owner()));
        Source source = f.sources().create(f.account, new SourceChanges("ics", null, null, null, null, null, null, null,
                "2026-01-01", true, null, null, cal.getKey().replace("http://", "webcal://")));

        assertThat(source.passwordSet()).as("a calendar has no password").isNull();
        assertThat(source.calendar().address()).as("masked")
                .isEqualTo(cal.getKey().replaceFirst("http://(127.0.0.1:[0-9]+)/.*", "https://$1/…/basic.ics"));
        assertThat(source.name()).isEqualTo("127.0.0.1");
        assertThat(source.calendar().startDate()).isEqualTo(LocalDate.parse("2026-01-01"));
        List<String> stored = SourceNodes.bean(vendor, JdbcClient.class)
                .sql("SELECT credentials || ' ' || settings FROM sources WHERE account_id = ?")
                .param(f.account.value()).query(String.class).list();
        assertThat(stored).singleElement().asString().startsWith("v1.").doesNotContain("secret-");
    }
}
