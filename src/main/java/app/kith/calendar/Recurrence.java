package app.kith.calendar;

import app.kith.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * How an entry repeats: every {@code interval} days, weeks, months or years from its first day,
 * until a day (inclusive) or for a number of times, or forever. As in RFC 5545, a step that falls on
 * a day the month does not have (31 April, 29 February in other years) is skipped, not moved.
 * Every expansion is bounded by the window asked for and a count, so no rule can make a query slow.
 *
 * @param until  the last day it may occur on, or null
 * @param count  how many times it occurs, or null
 */
public record Recurrence(Frequency frequency, int interval, LocalDate until, Integer count) {
    /** The last year any expansion looks at. */
    static final int LAST_YEAR = 9999;
    /** Most occurrences of one entry a single query returns. */
    static final int MAX_PER_QUERY = 400;

    public Recurrence {
        if (frequency == null) {
            throw new InvalidInputException("repeat", "needs a frequency (daily, weekly, monthly, yearly)");
        }
        if (interval < 1 || interval > 1000) {
            throw new InvalidInputException("interval", "must be between 1 and 1000");
        }
        if (count != null && count < 1) {
            throw new InvalidInputException("count", "must be 1 or more");
        }
        if (count != null && until != null) {
            throw new InvalidInputException("count", "give an end day or a count, not both");
        }
    }

    /** The entry's day at step {@code k} (0 is the first day), or null when that step does not exist. */
    LocalDate step(LocalDate start, long k) {
        try {
            LocalDate date = start.plus(Math.multiplyExact(k, (long) interval), frequency.unit());
            if (date.getYear() > LAST_YEAR) {
                return null;
            }
            boolean exists = switch (frequency) {
                case DAILY, WEEKLY -> true;
                case MONTHLY -> date.getDayOfMonth() == start.getDayOfMonth();
                case YEARLY -> date.getDayOfMonth() == start.getDayOfMonth() && date.getMonth() == start.getMonth();
            };
            return exists ? date : LocalDate.MIN;
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private boolean everyStepExists(LocalDate start) {
        return switch (frequency) {
            case DAILY, WEEKLY -> true;
            case MONTHLY -> start.getDayOfMonth() <= 28;
            case YEARLY -> !(start.getMonthValue() == 2 && start.getDayOfMonth() == 29);
        };
    }

    /** The last day this can occur on, or null when it never ends (or ends after year 9999). */
    public LocalDate last(LocalDate start) {
        if (until != null) {
            return until;
        }
        if (count == null) {
            return null;
        }
        if (everyStepExists(start)) {
            LocalDate date = step(start, count - 1L);
            return date == LocalDate.MIN ? null : date;
        }
        int found = 0;
        for (long k = 0; ; k++) {
            LocalDate date = step(start, k);
            if (date == null) {
                return null;
            }
            if (date != LocalDate.MIN && ++found == count) {
                return date;
            }
        }
    }

    /**
     * The days in {@code [from, to]} this occurs on, given its first day and {@link #last}; at most
     * {@link #MAX_PER_QUERY} of them. Only the steps inside the window are visited.
     */
    public List<LocalDate> between(LocalDate start, LocalDate last, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate end = last != null && last.isBefore(to) ? last : to;
        LocalDate begin = from.isBefore(start) ? start : from;
        if (begin.isAfter(end)) {
            return days;
        }
        long k = Math.max(0, frequency.unit().between(start, begin) / interval - 1);
        for (int visited = 0; visited < MAX_PER_QUERY * 2 && days.size() < MAX_PER_QUERY; visited++, k++) {
            LocalDate date = step(start, k);
            if (date == null) {
                break;
            }
            if (date == LocalDate.MIN) {
                continue;
            }
            if (date.isAfter(end)) {
                break;
            }
            if (!date.isBefore(begin)) {
                days.add(date);
            }
        }
        return days;
    }

    /** The RFC 5545 RRULE value; {@code UNTIL} is a DATE for all-day entries, else the end of that day in UTC. */
    public String rrule(boolean allDay) {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency.name());
        if (interval != 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (count != null) {
            rule.append(";COUNT=").append(count);
        }
        if (until != null) {
            rule.append(";UNTIL=").append(until.format(DateTimeFormatter.BASIC_ISO_DATE));
            if (!allDay) {
                rule.append("T235959Z");
            }
        }
        return rule.toString();
    }
}
