package app.kith.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.BadDataException;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestPeople;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Timeout;

class IcsImportTests {

    static Reader fixture(String name) {
        return new InputStreamReader(Objects.requireNonNull(IcsImportTests.class.getResourceAsStream("/ics/" + name)),
                StandardCharsets.UTF_8);
    }

    private static List<CalendarEntry> year(CalendarService calendar, AccountId account) {
        return CalendarPages.all(calendar, account, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).stream()
                .filter(e -> e.kind() != EventKind.BIRTHDAY).toList();
    }

    @DatabaseTest
    void anItipRequestBecomesAnInvitationFromTheMatchedOrganizerThatNeedsAnAnswer(
            IcsImport imports, CalendarService calendar, PeopleService people, AccountId account) {
        String hanna = TestPeople.add(people, account, "Hanna Host", "close", null, "hanna.host@example.com");
        String gus = TestPeople.add(people, account, "Gus Guest", "network", null, "gus@example.com");

        IcsImportResult result = imports.importFile(account, "invitation.ics", fixture("invitation.ics"), false);

        assertThat(result.created()).isEqualTo(1);
        List<Event> open = calendar.invitationsToAnswer(account, LocalDate.of(2025, 6, 1));
        assertThat(open).hasSize(1);
        Event invitation = open.getFirst();
        assertThat(invitation.title()).isEqualTo("Summer dinner, rooftop");
        assertThat(invitation.rsvp()).isEqualTo(Rsvp.NEEDS_ANSWER);
        assertThat(invitation.startsAt()).isEqualTo(Instant.parse("2025-06-12T17:00:00Z"));
        assertThat(invitation.endsAt()).isEqualTo(Instant.parse("2025-06-12T21:00:00Z"));
        assertThat(invitation.notes()).isEqualTo("Bring nothing; just come.\nSee you!");
        assertThat(invitation.people()).containsExactlyInAnyOrder(
                new EventPerson(hanna, "Hanna Host", EventPerson.INVITER),
                new EventPerson(gus, "Gus Guest", EventPerson.WITH));

        IcsImportResult again = imports.importFile(account, "invitation.ics", fixture("invitation.ics"), false);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(calendar.invitationsToAnswer(account, LocalDate.of(2025, 6, 1))).hasSize(1);
    }

    @DatabaseTest
    void eventsKeepTheirRecurrenceDaysAndFoldedText(IcsImport imports, CalendarService calendar, AccountId account) {
        IcsImportResult result = imports.importFile(account, "events.ics", fixture("events.ics"), false);

        assertThat(result.created()).as("book club, fair, and six stand-ups expanded").isEqualTo(8);
        List<CalendarEntry> entries = year(calendar, account);
        List<CalendarEntry> club = entries.stream().filter(e -> e.title().startsWith("Book club")).toList();
        assertThat(club).hasSize(10);
        assertThat(club.getFirst().title())
                .isEqualTo("Book club – a very long title that certainly needs to be folded over more than one line");
        assertThat(club.getFirst().kind()).isEqualTo(EventKind.DINNER);
        assertThat(club.getLast().date()).isEqualTo(LocalDate.of(2025, 5, 13));
        CalendarEntry fair = entries.stream().filter(e -> e.title().equals("Spring fair")).findFirst().orElseThrow();
        assertThat(fair.endDate()).isEqualTo(LocalDate.of(2025, 3, 22));
        assertThat(entries.stream().filter(e -> e.title().equals("Stand-up")).map(CalendarEntry::date))
                .containsExactly(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 8), LocalDate.of(2025, 1, 13),
                        LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 22));
    }

    @DatabaseTest
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hostileRecurrencesAreBoundedAndTheImportStaysFast(IcsImport imports, CalendarService calendar,
                                                         AccountId account) {
        IcsImportResult result = imports.importFile(account, "hostile.ics", fixture("hostile.ics"), false);

        List<CalendarEntry> entries = year(calendar, account);
        assertThat(entries.stream().filter(e -> e.title().equals("A billion weeks"))).hasSize(53);
        assertThat(entries.stream().filter(e -> e.title().equals("Every second forever")))
                .hasSize(IcsImport.MAX_OCCURRENCES);
        assertThat(entries.stream().filter(e -> e.title().equals("30 February"))).as("only DTSTART itself").hasSize(1);
        assertThat(entries.stream().filter(e -> e.title().startsWith("Seconds of a February"))).hasSize(1);
        assertThat(entries.stream().filter(e -> e.title().equals("Mondays"))).hasSize(52);
        assertThat(result.created()).isEqualTo(1 + IcsImport.MAX_OCCURRENCES + 1 + 1 + IcsImport.MAX_OCCURRENCES);
        assertThat(CalendarPages.all(calendar, account, LocalDate.of(9999, 1, 1), LocalDate.of(9999, 12, 31))).isNotEmpty();
    }

    @DatabaseTest
    void outlooksMeetingsKeepTheirTimeZoneLoseTheirExcludedWeeksAndMeetOnLastFridays(
            IcsImport imports, CalendarService calendar, AccountId account) {
        imports.importFile(account, "outlook-published.ics", fixture("outlook-published.ics"), false);

        List<CalendarEntry> entries = CalendarPages.all(calendar, account, LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 10, 31));
        List<CalendarEntry> sync = titled(entries, "Weekly partner sync");
        assertThat(sync.getFirst().startsAt()).as("10:00 in W. Europe Standard Time, not 10:00Z")
                .isEqualTo(Instant.parse("2026-11-05T09:00:00Z"));
        assertThat(sync).hasSize(19).extracting(CalendarEntry::date)
                .doesNotContain(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
        assertThat(titled(entries, "Last-Friday drinks")).extracting(CalendarEntry::date).containsExactly(
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 29),
                LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 5, 28), LocalDate.of(2027, 6, 25), LocalDate.of(2027, 7, 30),
                LocalDate.of(2027, 8, 27), LocalDate.of(2027, 9, 24), LocalDate.of(2027, 10, 29));
        assertThat(titled(entries, "Coffee with Dmitri")).singleElement().extracting(CalendarEntry::startsAt)
                .isEqualTo(Instant.parse("2026-11-10T08:30:00Z"));
    }

    @DatabaseTest
    void aMovedGoogleInstanceHasItsNewTimeAndTitleTheCancelledOneIsGoneAndReimportingChangesNothing(
            IcsImport imports, CalendarService calendar, PeopleService people, AccountId account) {
        String tomas = TestPeople.add(people, account, "Tomás Ortega", "close", null, "tomas.ortega@example.com");

        IcsImportResult first = imports.importFile(account, "google.ics", fixture("google-secret-address.ics"), false);

        List<CalendarEntry> mentoring = titled(CalendarPages.all(calendar, account, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 30)), "Mentoring");
        assertThat(mentoring).extracting(CalendarEntry::date, CalendarEntry::startsAt, CalendarEntry::title)
                .containsExactly(
                        Tuple.tuple(LocalDate.of(2026, 10, 12), Instant.parse("2026-10-12T13:00:00Z"), "Mentoring: Tomás"),
                        Tuple.tuple(LocalDate.of(2026, 10, 19), Instant.parse("2026-10-19T13:00:00Z"), "Mentoring: Tomás"),
                        Tuple.tuple(LocalDate.of(2026, 10, 26), Instant.parse("2026-10-26T13:00:00Z"), "Mentoring: Tomás"),
                        Tuple.tuple(LocalDate.of(2026, 11, 2), Instant.parse("2026-11-02T16:00:00Z"),
                                "Mentoring: Tomás (moved)"),
                        Tuple.tuple(LocalDate.of(2026, 11, 9), Instant.parse("2026-11-09T14:00:00Z"), "Mentoring: Tomás"),
                        Tuple.tuple(LocalDate.of(2026, 11, 23), Instant.parse("2026-11-23T14:00:00Z"), "Mentoring: Tomás"),
                        Tuple.tuple(LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T14:00:00Z"), "Mentoring: Tomás"));
        assertThat(mentoring.get(3).people()).extracting(EventPerson::id).containsExactly(tomas);
        assertThat(first.skipped()).as("the cancelled instance").isEqualTo(1);

        IcsImportResult again = imports.importFile(account, "google.ics", fixture("google-secret-address.ics"), false);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(first.created());
    }

    @DatabaseTest
    void aWeeklyMeetingInBerlinStaysAtTenAcrossSummerTimeWhileAWeeklyOneInUtcStaysARepeatingEvent(
            IcsImport imports, CalendarService calendar, AccountId account) {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 14.5//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:berlin@example.org\r\nDTSTART;TZID=Europe/Berlin:20250320T100000\r\n"
                + "RRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Berlin weekly\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:utc@example.org\r\nDTSTART:20250320T100000Z\r\n"
                + "RRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:UTC weekly\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        IcsImportResult result = imports.importFile(account, "weekly.ics", new StringReader(ics), false);

        List<CalendarEntry> entries = year(calendar, account);
        assertThat(titled(entries, "Berlin weekly")).extracting(CalendarEntry::startsAt, CalendarEntry::repeating)
                .containsExactly(Tuple.tuple(Instant.parse("2025-03-20T09:00:00Z"), false),
                        Tuple.tuple(Instant.parse("2025-03-27T09:00:00Z"), false),
                        Tuple.tuple(Instant.parse("2025-04-03T08:00:00Z"), false));
        assertThat(titled(entries, "UTC weekly")).hasSize(3).allMatch(CalendarEntry::repeating);
        assertThat(result.created()).isEqualTo(3 + 1);
    }

    private static List<CalendarEntry> titled(List<CalendarEntry> entries, String prefix) {
        return entries.stream().filter(e -> e.title().startsWith(prefix)).toList();
    }

    @DatabaseTest
    void aMalformedFileSaysWhereAndWritesNothing(IcsImport imports, CalendarService calendar, AccountId account) {
        assertThatThrownBy(() -> imports.importFile(account, "interval-zero.ics", fixture("interval-zero.ics"), false))
                .isInstanceOf(BadDataException.class)
                .hasMessageStartingWith("interval-zero.ics:12: RRULE INTERVAL must be a whole number from 1");
        assertThatThrownBy(() -> imports.importFile(account, "bad-date.ics", fixture("bad-date.ics"), false))
                .isInstanceOf(BadDataException.class)
                .hasMessage("bad-date.ics:10: DTSTART '2025-01-01' is not a date or date-time");
        assertThatThrownBy(() -> imports.importFile(account, "unclosed.ics", fixture("unclosed.ics"), false))
                .isInstanceOf(BadDataException.class)
                .hasMessage("unclosed.ics:7: END:VCALENDAR does not close BEGIN:VEVENT");
        assertThatThrownBy(() -> imports.importFile(account, "notes.txt", new StringReader("hello\r\n"), false))
                .isInstanceOf(BadDataException.class).hasMessageStartingWith("notes.txt:1: not an iCalendar");

        assertThat(year(calendar, account)).isEmpty();
    }

    @DatabaseTest
    void aDryRunCountsWithoutWriting(IcsImport imports, CalendarService calendar, AccountId account) {
        IcsImportResult result = imports.importFile(account, "events.ics", fixture("events.ics"), true);

        assertThat(result.created()).isEqualTo(8);
        assertThat(result.dryRun()).isTrue();
        assertThat(year(calendar, account)).isEmpty();
    }

    @DatabaseTest
    void theExportReimportsIntoAnotherAccountWithoutDerivedEntries(IcsImport imports, CalendarFeed feed,
                                                                  CalendarService calendar, PeopleService people,
                                                                  AccountId account, AccountId other) {
        TestPeople.add(people, account, "Ann Example", "close", "1990-05-02", null);
        calendar.create(account, new EventChanges("reminder", "Call mum, really", "2025-05-04", null, null, null, null,
                "notes; with, punctuation", List.of(), null, null, null, "weekly", 1, null, 3));
        String ics = CalendarFeedTests.render(feed, account);

        IcsImportResult result = imports.importFile(other, "kith.ics", new StringReader(ics), false);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.skipped()).as("the birthday").isEqualTo(1);
        assertThat(year(calendar, other)).extracting(CalendarEntry::title, CalendarEntry::date).containsExactly(
                Tuple.tuple("Call mum, really", LocalDate.of(2025, 5, 4)),
                Tuple.tuple("Call mum, really", LocalDate.of(2025, 5, 11)),
                Tuple.tuple("Call mum, really", LocalDate.of(2025, 5, 18)));
    }
}
