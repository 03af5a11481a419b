package app.kith.calendar;

import app.kith.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How an entry repeats: every {@code interval} days, weeks, months or years from its first day,
 * until a day (inclusive) or for a number of times, or forever. As in RFC 5545, a step that falls on
 * a day the month does not have (31 April, 29 February in other years) is skipped, not moved.
 * Occurrences are walked one at a time ({@link #from}), never listed, so no rule can make a read
 * hold more of them than it shows.
 *
 * @param until  the last day it may occur on, or null
 * @param count  how many times it occurs, or null
 */
public record Recurrence(Frequency frequency, int interval, LocalDate until, Integer count) {
    /** The last year any expansion looks at. */
    static final int LAST_YEAR = 9999;

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
     * The days this occurs on from {@code day} on, one at a time, in order, up to {@code last} (from
     * {@link #last}, or null): each is computed when asked for, so a reader takes only what it shows.
     */
    Steps from(LocalDate start, LocalDate last, LocalDate day) {
        return new Steps(start, last, day.isBefore(start) ? start : day);
    }

    /** A walk over the days an entry occurs on; {@link #next} is null once it ends. */
    final class Steps {
        /** Consecutive steps that fall on days a month or year lacks, after which a walk gives up. */
        private static final int MOST_MISSING = 100;
        private final LocalDate start;
        private final LocalDate last;
        private final LocalDate begin;
        private long k;
        private boolean done;

        private Steps(LocalDate start, LocalDate last, LocalDate begin) {
            this.start = start;
            this.last = last;
            this.begin = begin;
            this.k = Math.max(0, frequency.unit().between(start, begin) / interval - 1);
            this.done = last != null && begin.isAfter(last);
        }

        /** The next day it occurs on, or null when there is none (past its last day or year 9999). */
        LocalDate next() {
            for (int missing = 0; !done && missing < MOST_MISSING; k++) {
                LocalDate date = step(start, k);
                if (date == null || date != LocalDate.MIN && last != null && date.isAfter(last)) {
                    break;
                }
                if (date == LocalDate.MIN) {
                    missing++;
                } else if (!date.isBefore(begin)) {
                    k++;
                    return date;
                }
            }
            done = true;
            return null;
        }
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
