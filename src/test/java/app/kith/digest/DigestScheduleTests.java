package app.kith.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When a digest is due, by java.time's rules for the account's zone: DST gaps and overlaps, UTC+14 and UTC-12. */
class DigestScheduleTests {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static DigestSchedule daily(int hour, ZoneId zone) {
        return new DigestSchedule(true, DigestFrequency.DAILY, DayOfWeek.MONDAY, hour, zone, true, null);
    }

    private static DigestSchedule weekly(DayOfWeek day, int hour, ZoneId zone) {
        return new DigestSchedule(true, DigestFrequency.WEEKLY, day, hour, zone, true, null);
    }

    @Test
    void aWeeklyMondayDigestAtEightIsDueAtEightOsloTimeWinterAndSummer() {
        DigestSchedule s = weekly(DayOfWeek.MONDAY, 8, OSLO);

        assertThat(s.nextDueAfter(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo("2026-01-05T07:00:00Z");
        assertThat(s.nextDueAfter(Instant.parse("2026-06-01T06:00:00Z"))).isEqualTo("2026-06-08T06:00:00Z");
        assertThat(s.nextDueAfter(Instant.parse("2026-06-01T05:59:59Z"))).as("the same Monday, a second before")
                .isEqualTo("2026-06-01T06:00:00Z");
    }

    @Test
    void anHourThatDaylightSavingSkipsIsDueAtTheFirstInstantAfterIt() {
        // 29 March 2026: Oslo's clocks jump from 02:00 to 03:00, so 02:00 does not exist that day.
        DigestSchedule s = daily(2, OSLO);

        Instant due = s.nextDueAfter(Instant.parse("2026-03-28T12:00:00Z"));

        assertThat(due).isEqualTo("2026-03-29T01:00:00Z");
        assertThat(due.atZone(OSLO).toLocalTime()).hasToString("03:00");
        assertThat(s.nextDueAfter(due)).as("and the next day at 02:00 again").isEqualTo("2026-03-30T00:00:00Z");
    }

    @Test
    void anHourThatDaylightSavingRepeatsIsDueOnceAtItsFirstOccurrence() {
        // 25 October 2026: Oslo's clocks go back from 03:00 to 02:00, so 02:00 happens twice.
        DigestSchedule s = daily(2, OSLO);

        Instant first = s.nextDueAfter(Instant.parse("2026-10-24T12:00:00Z"));

        assertThat(first).isEqualTo("2026-10-25T00:00:00Z");
        assertThat(s.nextDueAfter(first)).as("not again at the second 02:00 (01:00Z)")
                .isEqualTo("2026-10-26T01:00:00Z");
    }

    @Test
    void zonesFourteenHoursAheadAndTwelveBehindGetTheirOwnMonday() {
        DigestSchedule kiritimati = weekly(DayOfWeek.MONDAY, 8, ZoneId.of("Pacific/Kiritimati"));
        DigestSchedule bakerIsland = weekly(DayOfWeek.MONDAY, 8, ZoneId.of("Etc/GMT+12"));
        Instant sunday = Instant.parse("2026-01-04T00:00:00Z");

        Instant ahead = kiritimati.nextDueAfter(sunday);
        Instant behind = bakerIsland.nextDueAfter(sunday);

        assertThat(ahead).as("Monday 08:00 at UTC+14 is Sunday 18:00 UTC").isEqualTo("2026-01-04T18:00:00Z");
        assertThat(kiritimati.dayOf(ahead)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(behind).as("Monday 08:00 at UTC-12 is Monday 20:00 UTC").isEqualTo("2026-01-05T20:00:00Z");
        assertThat(bakerIsland.dayOf(behind)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void weekdayDigestsSkipTheWeekend() {
        DigestSchedule s = new DigestSchedule(true, DigestFrequency.WEEKDAYS, DayOfWeek.MONDAY, 7, OSLO, true, null);

        assertThat(s.nextDueAfter(Instant.parse("2026-01-09T07:00:00Z"))).as("after Friday's comes Monday's")
                .isEqualTo("2026-01-12T06:00:00Z");
    }

    @Test
    void aDayThatTheZoneSkippedEntirelyStillGivesOneDigest() {
        // Samoa skipped 30 December 2011 when it moved across the date line.
        DigestSchedule s = daily(8, ZoneId.of("Pacific/Apia"));

        Instant due = s.nextDueAfter(Instant.parse("2011-12-29T20:00:00Z")); // 10:00 on the 29th, local

        assertThat(s.dayOf(due)).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(s.nextDueAfter(due)).isEqualTo(due.plusSeconds(86_400));
    }
}
