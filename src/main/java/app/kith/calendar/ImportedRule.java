package app.kith.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An RRULE read from a file. A plain rule (daily to yearly with only INTERVAL, COUNT or UNTIL) is
 * kept as a {@link Recurrence}; anything else (sub-daily frequencies, BYDAY, BYMONTH, BYMONTHDAY)
 * is expanded into single occurrences, bounded three ways so no rule can hang an import or fill
 * memory: at most {@value #MAX_OCCURRENCES} occurrences, none later than {@value #WINDOW_YEARS}
 * years after the first, and at most {@value #MAX_STEPS} candidates looked at (a rule that never
 * matches simply yields nothing more). Other BY parts (BYSETPOS, BYWEEKNO, BYHOUR...) are ignored.
 */
record ImportedRule(String freq, int interval, Long count, LocalDateTime until, Map<String, String> by) {
    static final int MAX_OCCURRENCES = 100;
    static final int WINDOW_YEARS = 2;
    static final int MAX_STEPS = 100_000;
    static final Set<String> FREQUENCIES =
            Set.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    private static final Set<String> FILTERS = Set.of("BYDAY", "BYMONTH", "BYMONTHDAY");

    /** True when this rule is a plain {@link Recurrence}. */
    boolean plain() {
        return Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY").contains(freq)
                && by.keySet().stream().noneMatch(FILTERS::contains);
    }

    Recurrence recurrence() {
        Integer times = count == null ? null : (int) Math.min(Integer.MAX_VALUE, count);
        return new Recurrence(Frequency.valueOf(freq), interval, until == null ? null : until.toLocalDate(), times);
    }

    /** The occurrences from {@code start} (itself the first), bounded as the class says. */
    List<LocalDateTime> expand(LocalDateTime start) {
        List<LocalDateTime> found = new ArrayList<>();
        LocalDateTime windowEnd = start.plusYears(WINDOW_YEARS);
        LocalDateTime end = until != null && until.isBefore(windowEnd) ? until : windowEnd;
        long limit = Math.min(MAX_OCCURRENCES, count == null ? Long.MAX_VALUE : count);
        boolean subDaily = Set.of("SECONDLY", "MINUTELY", "HOURLY").contains(freq);
        ChronoUnit unit = switch (freq) {
            case "SECONDLY" -> ChronoUnit.SECONDS;
            case "MINUTELY" -> ChronoUnit.MINUTES;
            case "HOURLY" -> ChronoUnit.HOURS;
            default -> ChronoUnit.DAYS;
        };
        LocalDateTime candidate = start;
        for (int step = 0; step < MAX_STEPS && found.size() < limit && !candidate.isAfter(end); step++) {
            if (step == 0 || (subDaily ? matchesDay(candidate.toLocalDate(), start.toLocalDate())
                    : inPeriod(candidate.toLocalDate(), start.toLocalDate())
                            && matchesDay(candidate.toLocalDate(), start.toLocalDate()))) {
                found.add(candidate);
            }
            candidate = subDaily ? candidate.plus(interval, unit) : candidate.plusDays(1);
        }
        return found;
    }

    /** For day-stepped rules: is this day in a period the interval selects? */
    private boolean inPeriod(LocalDate day, LocalDate start) {
        long periods = switch (freq) {
            case "DAILY" -> ChronoUnit.DAYS.between(start, day);
            case "WEEKLY" -> ChronoUnit.WEEKS.between(start.with(DayOfWeek.MONDAY), day.with(DayOfWeek.MONDAY));
            case "MONTHLY" -> ChronoUnit.MONTHS.between(start.withDayOfMonth(1), day.withDayOfMonth(1));
            default -> day.getYear() - start.getYear();
        };
        return periods % interval == 0;
    }

    /** Does the day pass the BY filters, with the parts RFC 5545 implies from the start when absent? */
    private boolean matchesDay(LocalDate day, LocalDate start) {
        String byMonth = by.get("BYMONTH");
        String byMonthDay = by.get("BYMONTHDAY");
        String byDay = by.get("BYDAY");
        if (byMonth != null && !numbers(byMonth).contains(day.getMonthValue())) {
            return false;
        }
        if (byMonthDay != null && numbers(byMonthDay).stream().noneMatch(n -> n > 0 ? day.getDayOfMonth() == n
                : day.lengthOfMonth() + n + 1 == day.getDayOfMonth())) {
            return false;
        }
        if (byDay != null && !matchesWeekday(day, byDay, byMonth != null)) {
            return false;
        }
        if (Set.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY").contains(freq) || byDay != null || byMonthDay != null) {
            return true;
        }
        return switch (freq) {
            case "WEEKLY" -> day.getDayOfWeek() == start.getDayOfWeek();
            case "MONTHLY" -> day.getDayOfMonth() == start.getDayOfMonth();
            default -> day.getDayOfMonth() == start.getDayOfMonth()
                    && (byMonth != null || day.getMonth() == start.getMonth());
        };
    }

    private boolean matchesWeekday(LocalDate day, String byDay, boolean withinMonth) {
        for (String part : byDay.split(",")) {
            String p = part.strip();
            if (p.length() < 2) {
                continue;
            }
            DayOfWeek weekday = weekday(p.substring(p.length() - 2));
            if (weekday != day.getDayOfWeek()) {
                continue;
            }
            String ordinal = p.substring(0, p.length() - 2);
            if (ordinal.isEmpty() || freq.equals("DAILY") || freq.equals("WEEKLY")) {
                return true;
            }
            int n = Integer.parseInt(ordinal.replace("+", ""));
            boolean monthly = freq.equals("MONTHLY") || withinMonth;
            int index = monthly ? (day.getDayOfMonth() - 1) / 7 + 1 : (day.getDayOfYear() - 1) / 7 + 1;
            int fromEnd = monthly ? (day.lengthOfMonth() - day.getDayOfMonth()) / 7 + 1
                    : (day.lengthOfYear() - day.getDayOfYear()) / 7 + 1;
            if (n > 0 ? index == n : fromEnd == -n) {
                return true;
            }
        }
        return false;
    }

    static DayOfWeek weekday(String code) {
        return switch (code) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    private static List<Integer> numbers(String list) {
        List<Integer> numbers = new ArrayList<>();
        for (String n : list.split(",")) {
            numbers.add(Integer.parseInt(n.strip().replace("+", "")));
        }
        return numbers;
    }
}
