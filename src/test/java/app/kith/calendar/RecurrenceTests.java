package app.kith.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RecurrenceTests {
    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    /** The days in [from, to], walked as a range reads them. */
    private static List<LocalDate> between(Recurrence rule, LocalDate start, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        Recurrence.Steps steps = rule.from(start, rule.last(start), from);
        for (LocalDate day = steps.next(); day != null && !day.isAfter(to); day = steps.next()) {
            days.add(day);
        }
        return days;
    }

    @Test
    void monthlyOnThe31stSkipsMonthsWithoutOneAsRfc5545Does() {
        Recurrence monthly = new Recurrence(Frequency.MONTHLY, 1, null, null);

        assertThat(between(monthly, d("2025-01-31"), d("2025-01-01"), d("2025-06-30")))
                .containsExactly(d("2025-01-31"), d("2025-03-31"), d("2025-05-31"));
    }

    @Test
    void countEndsAfterThatManyOccurrencesCountingOnlyRealDays() {
        Recurrence yearly = new Recurrence(Frequency.YEARLY, 1, null, 3);

        assertThat(yearly.last(d("2024-02-29"))).isEqualTo(d("2032-02-29"));
        assertThat(new Recurrence(Frequency.WEEKLY, 2, null, 3).last(d("2025-01-06"))).isEqualTo(d("2025-02-03"));
    }

    @Test
    void weeklyWithIntervalOnlyVisitsTheWindow() {
        Recurrence fortnightly = new Recurrence(Frequency.WEEKLY, 2, null, null);

        assertThat(between(fortnightly, d("2000-01-03"), d("2025-06-01"), d("2025-06-30")))
                .allSatisfy(day -> assertThat(ChronoUnit.DAYS.between(d("2000-01-03"), day) % 14)
                        .isZero())
                .hasSizeBetween(2, 3);
    }

    @Test
    @Timeout(5)
    void aHugeCountOrADailyRuleForeverStaysBoundedAndFast() {
        Recurrence forever = new Recurrence(Frequency.DAILY, 1, null, 1_000_000_000);
        Recurrence monthly = new Recurrence(Frequency.MONTHLY, 1, null, 1_000_000_000);

        assertThat(forever.last(d("2025-01-01"))).isNull();
        assertThat(monthly.last(d("2025-01-31"))).isNull();
        Recurrence.Steps steps = forever.from(d("2025-01-01"), null, d("9999-12-30"));
        assertThat(steps.next()).as("a walk starts at the day asked for, not at the first").isEqualTo(d("9999-12-30"));
        assertThat(steps.next()).isEqualTo(d("9999-12-31"));
        assertThat(steps.next()).as("and ends with year 9999").isNull();
    }

    @Test
    void aWalkEndsOnTheLastDayAndStartsOnTheFirstStepOnOrAfterTheDayAskedFor() {
        Recurrence weekly = new Recurrence(Frequency.WEEKLY, 1, null, 3);

        assertThat(between(weekly, d("2025-01-06"), d("2025-01-01"), d("2025-12-31")))
                .containsExactly(d("2025-01-06"), d("2025-01-13"), d("2025-01-20"));
        assertThat(between(weekly, d("2025-01-06"), d("2025-01-14"), d("2025-12-31"))).containsExactly(d("2025-01-20"));
        assertThat(between(weekly, d("2025-01-06"), d("2025-01-21"), d("2025-12-31"))).isEmpty();
    }

    @Test
    void intervalZeroAndCountWithUntilAreRefused() {
        assertThatThrownBy(() -> new Recurrence(Frequency.WEEKLY, 0, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("interval");
        assertThatThrownBy(() -> new Recurrence(Frequency.WEEKLY, 1, d("2025-01-01"), 3))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rruleNamesTheRuleWithADateUntilForAllDayEntries() {
        assertThat(new Recurrence(Frequency.MONTHLY, 3, d("2026-01-31"), null).rrule(true))
                .isEqualTo("FREQ=MONTHLY;INTERVAL=3;UNTIL=20260131");
        assertThat(new Recurrence(Frequency.WEEKLY, 1, null, 4).rrule(false)).isEqualTo("FREQ=WEEKLY;COUNT=4");
    }
}
