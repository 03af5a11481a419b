package app.kith.calendar;

import app.kith.people.Birthday;
import app.kith.people.BirthdayCalendar;
import app.kith.people.BirthdayOf;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Birthdays as calendar entries: a range of dates becomes ranges of days of the year, one per year it
 * touches, and 29 February is celebrated on 28 February in other years (its people are a range of
 * their own there, merged by id with those born on the 28th).
 */
@Component
class BirthdayEntries {
    private static final MonthDay FEB_28 = MonthDay.of(2, 28);
    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);
    private static final MonthDay MAR_1 = MonthDay.of(3, 1);

    private final BirthdayCalendar birthdays;

    BirthdayEntries(BirthdayCalendar birthdays) {
        this.birthdays = birthdays;
    }

    /** Days of the year read for one year, celebrated in that year ({@code leap}: on 28 February). */
    private record Span(int year, MonthDay from, MonthDay to, boolean leap, boolean first) {
    }

    /** The birthdays in {@code [from, to]} after a position, in order, at most {@code limit}. */
    List<Found> after(AccountId account, LocalDate from, LocalDate to, Position after, int limit) {
        Position.DayAndId start = after.allDayAfter(Position.BIRTHDAYS);
        if (start.day().isAfter(to)) {
            return List.of();
        }
        boolean within = !start.day().isBefore(from);
        List<Span> spans = spans(within ? start.day() : from, to);
        List<BirthdayCalendar.Range> ranges = spans.stream().map(s -> new BirthdayCalendar.Range(s.from(),
                s.first() && within ? start.id() : "", s.to(), limit)).toList();
        List<List<BirthdayOf>> born = birthdays.born(account, ranges);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            born.get(i).forEach(b -> found.add(Found.derived(entry(b, celebrated(b.birthday(), span.year())))));
        }
        found.sort(Comparator.comparing(Found::position));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** For each day of {@code [from, to]}: how many birthdays fall on it, and its first {@code perDay}. */
    Found.Tally byDay(AccountId account, LocalDate from, LocalDate to, int perDay) {
        Map<MonthDay, Integer> born = birthdays.counts(account, months(from, to));
        Found.Tally tally = Found.Tally.empty();
        List<LocalDate> days = new ArrayList<>();
        List<BirthdayCalendar.Range> ranges = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            MonthDay md = MonthDay.from(day);
            int count = born.getOrDefault(md, 0);
            if (count > 0) {
                days.add(day);
                ranges.add(new BirthdayCalendar.Range(md, "", md, perDay));
            }
            if (md.equals(FEB_28) && !Year.isLeap(day.getYear()) && born.getOrDefault(LEAP_DAY, 0) > 0) {
                count += born.get(LEAP_DAY);
                days.add(day);
                ranges.add(new BirthdayCalendar.Range(LEAP_DAY, "", LEAP_DAY, perDay));
            }
            if (count > 0) {
                tally.counts().put(day, count);
            }
        }
        List<List<BirthdayOf>> firsts = birthdays.born(account, ranges);
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            firsts.get(i).forEach(b -> tally.add(day, Found.derived(entry(b, day))));
        }
        return tally;
    }

    /** The days of the year {@code [first, last]} covers, year by year, 29 February apart in other years. */
    private static List<Span> spans(LocalDate first, LocalDate last) {
        List<Span> spans = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            LocalDate a = year == first.getYear() ? first : LocalDate.of(year, 1, 1);
            LocalDate b = year == last.getYear() ? last : LocalDate.of(year, 12, 31);
            MonthDay from = MonthDay.from(a);
            MonthDay to = MonthDay.from(b);
            boolean isFirst = a.equals(first);
            boolean leapDayElsewhere = !Year.isLeap(year) && !from.isAfter(FEB_28) && !to.isBefore(FEB_28);
            if (!leapDayElsewhere) {
                spans.add(new Span(year, from, to, false, isFirst));
                continue;
            }
            spans.add(new Span(year, from, FEB_28, false, isFirst));
            spans.add(new Span(year, LEAP_DAY, LEAP_DAY, true, from.equals(FEB_28) && isFirst));
            if (to.isAfter(FEB_28)) {
                spans.add(new Span(year, MAR_1, to, false, false));
            }
        }
        return spans;
    }

    private static Set<Integer> months(LocalDate from, LocalDate to) {
        Set<Integer> months = new TreeSet<>();
        for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to) && months.size() < 12; d = d.plusMonths(1)) {
            months.add(d.getMonthValue());
        }
        return months;
    }

    /** The day a birthday is celebrated in a year: 29 February falls on 28 February in other years. */
    static LocalDate celebrated(Birthday birthday, int year) {
        boolean leapDay = birthday.month() == 2 && birthday.day() == 29 && !Year.isLeap(year);
        return LocalDate.of(year, birthday.month(), leapDay ? 28 : birthday.day());
    }

    private static CalendarEntry entry(BirthdayOf person, LocalDate day) {
        Integer year = person.birthday().year();
        Integer turns = year == null || day.getYear() <= year ? null : day.getYear() - year;
        String title = turns == null ? person.name() + "'s birthday" : person.name() + " turns " + turns;
        return new CalendarEntry(Position.BIRTHDAY + person.personId(), null, EventKind.BIRTHDAY, title, day, null,
                null, null, List.of(new EventPerson(person.personId(), person.name(), EventPerson.WITH)), null, null,
                true, turns);
    }
}
