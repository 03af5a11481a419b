package app.kith.web;

import app.kith.calendar.CalendarDay;
import app.kith.calendar.CalendarEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A month laid out for the month view: whole weeks from Monday, each day with its first entries and
 * how many more it has. Days of the neighbouring months fill the first and last weeks and are marked
 * as outside.
 */
record MonthGrid(YearMonth month, List<List<Day>> weeks) {

    /** One cell of the grid; {@code more} entries are listed on the day's own page. */
    record Day(LocalDate date, boolean inMonth, boolean today, List<CalendarEntry> entries, int more) {
    }

    static MonthGrid of(YearMonth month, List<CalendarDay> days, LocalDate today) {
        Map<LocalDate, CalendarDay> byDate = days.stream()
                .collect(Collectors.toMap(CalendarDay::date, Function.identity()));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate monday = first(month); !monday.isAfter(last(month)); monday = monday.plusWeeks(1)) {
            List<Day> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                CalendarDay day = byDate.get(date);
                week.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
                        day == null ? List.of() : day.entries(), day == null ? 0 : day.more()));
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
