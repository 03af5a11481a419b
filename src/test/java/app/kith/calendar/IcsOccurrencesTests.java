package app.kith.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.kith.shared.BadDataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/**
 * The calendar module's reader for calendars from outside ({@link IcsOccurrences}), on calendars in
 * the shapes Google, Outlook, Apple and Nextcloud publish: time zones, changed and cancelled
 * instances, rules ical4j expands, and the bounds around them.
 */
class IcsOccurrencesTests {
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");

    static List<IcsOccurrence> read(String fixture, Instant from, Instant to) throws IOException {
        try (InputStream in = Objects.requireNonNull(IcsOccurrencesTests.class.getResourceAsStream("/ics/" + fixture))) {
            return IcsOccurrences.read(fixture, in, from, to);
        }
    }

    static List<IcsOccurrence> read(String fixture) throws IOException {
        return read(fixture, FROM, TO);
    }

    static List<IcsOccurrence> text(String ics, Instant from, Instant to) throws IOException {
        return IcsOccurrences.read("calendar.ics", new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), from,
                to);
    }

    static String calendar(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kith//tests//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    private static List<IcsOccurrence> titled(List<IcsOccurrence> occurrences, String prefix) {
        return occurrences.stream().filter(o -> o.summary() != null && o.summary().startsWith(prefix)).toList();
    }

    @Test
    void anOutlookMeetingAtTenInWesternEuropeanStandardTimeIsAtNineUtcInWinter() throws IOException {
        List<IcsOccurrence> outlook = read("outlook-published.ics");

        IcsOccurrence sync = titled(outlook, "Weekly partner sync").getFirst();
        assertThat(sync.start()).isEqualTo(Instant.parse("2026-11-05T09:00:00Z"));
        assertThat(sync.end()).isEqualTo(Instant.parse("2026-11-05T09:30:00Z"));
        assertThat(sync.organizer()).isEqualTo("ingrid.solberg@example.no");
        assertThat(sync.attendees()).containsExactly("kwame@example.com", "akua.mensah@example.org");
        assertThat(titled(outlook, "Coffee with Dmitri")).singleElement()
                .satisfies(c -> assertThat(c.start()).as("GMT Standard Time, in November")
                        .isEqualTo(Instant.parse("2026-11-10T08:30:00Z")));
        assertThat(titled(outlook, "Nordic Product Summit")).singleElement().satisfies(summit -> {
            assertThat(summit.allDay()).isTrue();
            assertThat(summit.day()).isEqualTo(LocalDate.of(2027, 9, 16));
            assertThat(summit.end()).isEqualTo(Instant.parse("2027-09-18T00:00:00Z"));
        });
    }

    @Test
    void outlooksExcludedThursdaysAreCancelledAndTheSeriesStopsAtItsUntil() throws IOException {
        List<IcsOccurrence> sync = titled(read("outlook-published.ics"), "Weekly partner sync");

        assertThat(sync).filteredOn(IcsOccurrence::cancelled).extracting(IcsOccurrence::day)
                .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
        assertThat(sync).hasSize(21).allSatisfy(o -> {
            assertThat(o.day().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(o.start()).isEqualTo(o.day().atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
            assertThat(o.recurrenceId()).isEqualTo(o.start().toString());
        });
        assertThat(sync.getLast().day()).isEqualTo(LocalDate.of(2027, 3, 25));
    }

    @Test
    void theLastFridayOfTheMonthIsTheLastFridayTwelveTimes() throws IOException {
        List<IcsOccurrence> drinks = titled(read("outlook-published.ics"), "Last-Friday drinks");

        assertThat(drinks).extracting(IcsOccurrence::day).containsExactly(
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 29),
                LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 5, 28), LocalDate.of(2027, 6, 25), LocalDate.of(2027, 7, 30),
                LocalDate.of(2027, 8, 27), LocalDate.of(2027, 9, 24), LocalDate.of(2027, 10, 29));
        assertThat(drinks).allSatisfy(d -> assertThat(d.day())
                .isEqualTo(d.day().with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY))));
        assertThat(drinks.get(4).start()).as("17:00 CET").isEqualTo(Instant.parse("2027-03-26T16:00:00Z"));
        assertThat(drinks.get(5).start()).as("17:00 CEST").isEqualTo(Instant.parse("2027-04-30T15:00:00Z"));
    }

    @Test
    void aGoogleInstanceMovedByRecurrenceIdTakesItsNewTimeAndTitleAndACancelledOneIsFlagged() throws IOException {
        List<IcsOccurrence> mentoring = titled(read("google-secret-address.ics"), "Mentoring");

        assertThat(mentoring).filteredOn(o -> o.day().isBefore(LocalDate.of(2026, 11, 24)))
                .extracting(IcsOccurrence::recurrenceId, IcsOccurrence::start, IcsOccurrence::summary,
                        IcsOccurrence::cancelled)
                .containsExactly(
                        tuple("2026-10-12T13:00:00Z", Instant.parse("2026-10-12T13:00:00Z"), "Mentoring: Tomás", false),
                        tuple("2026-10-19T13:00:00Z", Instant.parse("2026-10-19T13:00:00Z"), "Mentoring: Tomás", false),
                        tuple("2026-10-26T13:00:00Z", Instant.parse("2026-10-26T13:00:00Z"), "Mentoring: Tomás", false),
                        tuple("2026-11-02T14:00:00Z", Instant.parse("2026-11-02T16:00:00Z"),
                                "Mentoring: Tomás (moved)", false),
                        tuple("2026-11-09T14:00:00Z", Instant.parse("2026-11-09T14:00:00Z"), "Mentoring: Tomás", false),
                        tuple("2026-11-16T14:00:00Z", Instant.parse("2026-11-16T14:00:00Z"), "Mentoring: Tomás", true),
                        tuple("2026-11-23T14:00:00Z", Instant.parse("2026-11-23T14:00:00Z"), "Mentoring: Tomás",
                                false));
        IcsOccurrence moved = mentoring.get(3);
        assertThat(moved.end()).isEqualTo(Instant.parse("2026-11-02T16:30:00Z"));
        assertThat(moved.attendees()).containsExactly("tomas.ortega@example.com");
        assertThat(mentoring).allSatisfy(o -> assertThat(o.uid()).isEqualTo("4k2j9v0q8m1n7b6c5x4z3a2s1d@google.com"));
    }

    @Test
    void googlesSingleEventsKeepTheirAttendeesAndDays() throws IOException {
        List<IcsOccurrence> google = read("google-secret-address.ics");

        assertThat(titled(google, "Dinner")).singleElement().satisfies(dinner -> {
            assertThat(dinner.recurrenceId()).isNull();
            assertThat(dinner.start()).isEqualTo(Instant.parse("2026-11-19T23:00:00Z"));
            assertThat(dinner.organizer()).isEqualTo("priya.raman@example.in");
            assertThat(dinner.attendees()).contains("rosa.delgado@example.com", "wei.zhang@example.cn");
        });
        assertThat(titled(google, "Out of office")).singleElement()
                .extracting(IcsOccurrence::allDay, IcsOccurrence::day, IcsOccurrence::end)
                .containsExactly(true, LocalDate.of(2026, 12, 24), Instant.parse("2026-12-25T00:00:00Z"));
    }

    @Test
    void appleWeeklyClassCrossesSummerTimeLosesAnExcludedWeekAndKeepsItsLateClass() throws IOException {
        List<IcsOccurrence> apple = read("apple-icloud.ics");

        assertThat(titled(apple, "Yoga")).extracting(IcsOccurrence::start, IcsOccurrence::summary,
                IcsOccurrence::cancelled).containsExactly(
                        tuple(Instant.parse("2025-03-06T17:30:00Z"), "Yoga with Mia", false),
                        tuple(Instant.parse("2025-03-13T17:30:00Z"), "Yoga with Mia", false),
                        tuple(Instant.parse("2025-03-20T17:30:00Z"), "Yoga with Mia", true),
                        tuple(Instant.parse("2025-03-27T17:30:00Z"), "Yoga with Mia", false),
                        tuple(Instant.parse("2025-04-03T17:00:00Z"), "Yoga with Mia (late class)", false),
                        tuple(Instant.parse("2025-04-10T16:30:00Z"), "Yoga with Mia", false));
        assertThat(titled(apple, "Yoga").getFirst().attendees()).containsExactly("mia@example.de");
        assertThat(titled(apple, "Book circle")).extracting(IcsOccurrence::start).containsExactly(
                Instant.parse("2025-03-03T18:00:00Z"), Instant.parse("2025-04-07T17:00:00Z"),
                Instant.parse("2025-05-05T17:00:00Z"), Instant.parse("2025-06-02T17:00:00Z"));
        assertThat(titled(apple, "Mia's birthday")).extracting(IcsOccurrence::day).containsExactly(
                LocalDate.of(2025, 3, 16), LocalDate.of(2026, 3, 16), LocalDate.of(2027, 3, 16));
        assertThat(titled(apple, "Run")).singleElement().extracting(IcsOccurrence::start)
                .as("a floating time is read as UTC").isEqualTo(Instant.parse("2025-03-12T08:00:00Z"));
    }

    @Test
    void nextcloudsEveryOtherFirstTuesdayHasItsExtraDateAndItsDuration() throws IOException {
        List<IcsOccurrence> nextcloud = read("nextcloud.ics", FROM, Instant.parse("2025-07-01T00:00:00Z"));

        assertThat(titled(nextcloud, "Club board meeting")).extracting(IcsOccurrence::start).containsExactly(
                Instant.parse("2025-02-04T17:30:00Z"), Instant.parse("2025-03-18T17:30:00Z"),
                Instant.parse("2025-04-01T16:30:00Z"), Instant.parse("2025-06-03T16:30:00Z"));
        assertThat(titled(nextcloud, "Club board meeting")).allSatisfy(board -> {
            assertThat(Duration.between(board.start(), board.end())).isEqualTo(Duration.ofMinutes(90));
            assertThat(board.organizer()).isEqualTo("claire@example.fr");
        });
        assertThat(titled(nextcloud, "Spring clean-up")).singleElement().extracting(IcsOccurrence::cancelled)
                .isEqualTo(true);
        assertThat(titled(nextcloud, "Club weekend away")).singleElement()
                .extracting(IcsOccurrence::day, IcsOccurrence::end)
                .containsExactly(LocalDate.of(2025, 4, 12), Instant.parse("2025-04-14T00:00:00Z"));
    }

    @Test
    void onlyOccurrencesStartingInTheWindowAreLaidOutWhenTheSeriesBeganYearsBefore() throws IOException {
        String weekly = calendar("BEGIN:VEVENT", "UID:weekly@example.org", "DTSTART;TZID=Europe/Oslo:20100104T090000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO", "SUMMARY:Since 2010", "END:VEVENT");

        List<IcsOccurrence> march = text(weekly, Instant.parse("2026-03-02T08:00:00Z"),
                Instant.parse("2026-03-30T07:00:00Z"));

        assertThat(march).extracting(IcsOccurrence::start).containsExactly(Instant.parse("2026-03-02T08:00:00Z"),
                Instant.parse("2026-03-09T08:00:00Z"), Instant.parse("2026-03-16T08:00:00Z"),
                Instant.parse("2026-03-23T08:00:00Z"));
    }

    @Test
    void anItipCancelCancelsTheEventAndEveryOccurrence() throws IOException {
        String cancel = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                + "METHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:lunch@example.org\r\nDTSTART:20250610T110000Z\r\n"
                + "RRULE:FREQ=WEEKLY;COUNT=2\r\nSUMMARY:Lunch\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        assertThat(text(cancel, FROM, TO)).extracting(IcsOccurrence::day, IcsOccurrence::cancelled).containsExactly(
                tuple(LocalDate.of(2025, 6, 10), true), tuple(LocalDate.of(2025, 6, 17), true));
    }

    @Test
    void javaZoneIdsAndWindowsNamesWithoutAVtimezoneAreTheirZonesAndAnUnknownOneIsUtc() throws IOException {
        String zones = calendar(
                "BEGIN:VEVENT", "UID:a", "DTSTART;TZID=America/New_York:20250115T100000", "SUMMARY:New York", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "DTSTART;TZID=Tokyo Standard Time:20250115T100000", "SUMMARY:Tokyo", "END:VEVENT",
                "BEGIN:VEVENT", "UID:c", "DTSTART;TZID=Olympus Mons Time:20250115T100000", "SUMMARY:Mars", "END:VEVENT");

        assertThat(text(zones, FROM, TO)).extracting(IcsOccurrence::summary, IcsOccurrence::start).containsExactly(
                tuple("Tokyo", Instant.parse("2025-01-15T01:00:00Z")),
                tuple("Mars", Instant.parse("2025-01-15T10:00:00Z")),
                tuple("New York", Instant.parse("2025-01-15T15:00:00Z")));
    }

    @Test
    void aVtimezoneIsReadWhateverItsNameAndBeatsAJavaZoneOfTheSameName() throws IOException {
        String custom = calendar("BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:STANDARD",
                "DTSTART:19700101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD", "END:VTIMEZONE",
                "BEGIN:VEVENT", "UID:x", "DTSTART;TZID=Europe/Berlin:20250715T100000", "SUMMARY:Custom", "END:VEVENT");

        assertThat(text(custom, FROM, TO)).singleElement().extracting(IcsOccurrence::start)
                .isEqualTo(Instant.parse("2025-07-15T07:00:00Z"));
    }

    @Test
    void aRuleEverySecondIsCutToTheEventsBoundAndOneYearsAfterItsStartYieldsNothing() throws IOException {
        String secondly = calendar("BEGIN:VEVENT", "UID:s", "DTSTART:20250101T000000Z", "RRULE:FREQ=SECONDLY",
                "SUMMARY:Every second", "END:VEVENT");

        assertThat(text(secondly, FROM, TO)).as("the last of the rule's " + IcsRecurrence.MAX_PERIODS + " periods")
                .hasSize(IcsOccurrences.MAX_PER_EVENT)
                .last().extracting(IcsOccurrence::start).isEqualTo(Instant.parse("2025-01-02T03:46:39Z"));
        assertThat(text(secondly, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z")))
                .as("further than " + IcsRecurrence.MAX_PERIODS + " seconds from DTSTART").isEmpty();
    }

    @Test
    void aDailyMeetingSinceYearsKeepsItsInstancesNearTheEndOfTheWindowNotItsFirstOnes() throws IOException {
        String daily = calendar("BEGIN:VEVENT", "UID:standup", "DTSTART:20200106T090000Z", "DTEND:20200106T091500Z",
                "RRULE:FREQ=DAILY", "SUMMARY:Stand-up", "END:VEVENT");
        Instant syncedUpTo = Instant.parse("2026-06-23T12:00:00Z");

        List<IcsOccurrence> kept = text(daily, Instant.parse("2000-01-01T00:00:00Z"), syncedUpTo);

        assertThat(kept).hasSize(IcsOccurrences.MAX_PER_EVENT);
        assertThat(kept.getLast().start()).as("yesterday's and today's are there")
                .isEqualTo(Instant.parse("2026-06-23T09:00:00Z"));
        assertThat(kept.getFirst().start()).isEqualTo(Instant.parse("2026-06-23T09:00:00Z")
                .minus(java.time.Duration.ofDays(IcsOccurrences.MAX_PER_EVENT - 1)));
    }

    @Test
    void badFilesSayWhereAndWhy() {
        assertThatThrownBy(() -> read("interval-zero.ics")).isInstanceOf(BadDataException.class)
                .hasMessage("interval-zero.ics:12: RRULE INTERVAL must be a whole number from 1 to 100000, not '0'");
        assertThatThrownBy(() -> text(calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20250101T080000Z",
                "RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10;BYHOUR=8,9,10,11,12"
                        + ";BYMINUTE=0,30", "END:VEVENT"), FROM, TO))
                .isInstanceOf(BadDataException.class).hasMessage("calendar.ics:7: RRULE combines more than 1000 BY values");
        assertThatThrownBy(() -> text(calendar("BEGIN:VEVENT", "UID:x", "DTSTART;VALUE=DATE:20250101",
                "RRULE:FREQ=HOURLY", "END:VEVENT"), FROM, TO))
                .isInstanceOf(BadDataException.class)
                .hasMessage("calendar.ics:7: RRULE repeats within a day, but DTSTART is a day (VALUE=DATE)");
        assertThatThrownBy(() -> text(calendar("BEGIN:VEVENT", "UID:x", "SUMMARY:No start", "END:VEVENT"), FROM, TO))
                .isInstanceOf(BadDataException.class).hasMessage("calendar.ics:7: VEVENT without DTSTART");
        assertThatThrownBy(() -> text(calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20250101T100000Z",
                "DURATION:soon", "END:VEVENT"), FROM, TO))
                .isInstanceOf(BadDataException.class).hasMessage("calendar.ics:7: DURATION 'soon' is not a duration");
        assertThatThrownBy(() -> text(calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20250101T100000Z",
                "DURATION:P999999W", "END:VEVENT"), FROM, TO))
                .isInstanceOf(BadDataException.class).hasMessage("calendar.ics:6: the event ends after the year 9999");
    }

    @Test
    void aPropertysLineIsFoundWithLineFeedsAloneAndWhenItsNameIsAllTheLineHolds() {
        assertThatThrownBy(() -> text("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nSUMMARY:Folded\n  over\n"
                + "DTSTART:2025-01-01\nEND:VEVENT\nEND:VCALENDAR\n", FROM, TO))
                .isInstanceOf(BadDataException.class)
                .hasMessage("calendar.ics:7: DTSTART '2025-01-01' is not a date or date-time");
        assertThatThrownBy(() -> text("BEGIN:VCALENDAR\r\nRRULE\r\nEND:VCALENDAR\r\n", FROM, TO))
                .isInstanceOf(BadDataException.class)
                .hasMessage("calendar.ics:2: RRULE has no value (no ':' after its name)");
        assertThatThrownBy(() -> text(calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20250101T100000Z", "DESCRIPTION",
                "END:VEVENT"), FROM, TO))
                .isInstanceOf(BadDataException.class)
                .hasMessage("calendar.ics:7: DESCRIPTION has no value (no ':' after its name)");
    }

    @Test
    void componentsNestedDeeperThanTenAreRefused() {
        StringBuilder deep = new StringBuilder("BEGIN:VCALENDAR\r\n");
        for (int i = 0; i < 5000; i++) {
            deep.append("BEGIN:X-DEEP\r\n");
        }
        assertThatThrownBy(() -> text(deep.toString(), FROM, TO)).isInstanceOf(BadDataException.class)
                .hasMessage("calendar.ics:11: components nested more than " + IcsHandler.MAX_DEPTH + " deep");
    }

    @Test
    void aTimeZoneRuleThatIsNotYearlyIsRefusedBeforeAnyTransitionIsListed() {
        String hostile = calendar("BEGIN:VTIMEZONE", "TZID:Fast", "BEGIN:DAYLIGHT", "DTSTART:00010101T000000",
                "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "RRULE:FREQ=SECONDLY", "END:DAYLIGHT", "END:VTIMEZONE");

        assertThatThrownBy(() -> text(hostile, FROM, TO)).isInstanceOf(BadDataException.class)
                .hasMessage("calendar.ics:10: a VTIMEZONE rule must come back once a year, on at most 7 days");
    }

    @Test
    void aVtimezonesTzurlIsNeverFetchedAndIcal4jNeverUpdatesZonesOverTheNetwork() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
            String withUrl = calendar("BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
                    "TZURL:http://127.0.0.1:" + port + "/zones/berlin.ics", "BEGIN:STANDARD", "DTSTART:16010101T030000",
                    "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
                    "BEGIN:VEVENT", "UID:x", "DTSTART;TZID=W. Europe Standard Time:20250115T100000", "END:VEVENT",
                    "BEGIN:VEVENT", "UID:y", "DTSTART;TZID=Tokyo Standard Time:20250115T100000", "END:VEVENT");

            assertThat(text(withUrl, FROM, TO)).extracting(IcsOccurrence::start).containsExactly(
                    Instant.parse("2025-01-15T01:00:00Z"), Instant.parse("2025-01-15T09:00:00Z"));
            assertThat(server.accept()).as("no connection was made to the TZURL").isNull();
        }
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    }
}
