package app.kith.web;

import app.kith.calendar.CalendarEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A month laid out for the month view: whole weeks from Monday, each day with its calendar entries.
 * Days of the neighbouring months fill the first and last weeks and are marked as outside.
 */
record MonthGrid(YearMonth month, List<List<Day>> weeks) {

    /** One cell of the grid. */
    record Day(LocalDate date, boolean inMonth, boolean today, List<CalendarEntry> entries) {
    }

    static MonthGrid of(YearMonth month, List<CalendarEntry> entries, LocalDate today) {
        Map<LocalDate, List<CalendarEntry>> byDay = entries.stream()
                .collect(Collectors.groupingBy(CalendarEntry::date));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate monday = first(month); !monday.isAfter(last(month)); monday = monday.plusWeeks(1)) {
            List<Day> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate day = monday.plusDays(i);
                week.add(new Day(day, YearMonth.from(day).equals(month), day.equals(today),
                        byDay.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        return new MonthGrid(month, weeks);
    }

    /** The Monday the grid starts on. */
    static LocalDate first(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Sunday the grid ends on. */
    static LocalDate last(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
