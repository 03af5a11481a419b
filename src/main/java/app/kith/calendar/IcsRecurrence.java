package app.kith.calendar;

import java.time.DateTimeException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TemporalAdapter;

/**
 * The starts an RRULE gives, from ical4j, in wall-clock time (a day, or a time without a zone:
 * {@link IcsSeries} places them in the event's zone). ical4j would walk a rule as far as it is asked
 * to, so each walk is bounded here: it goes no further than {@value #MAX_PERIODS} periods of the
 * rule's frequency from DTSTART (a SECONDLY rule stops after about a day, a DAILY one after
 * centuries), takes at most the number of starts asked for, and looks at no more candidates than
 * that bound either. A file's walks together may do {@value #MAX_WORK} steps, past which the file is
 * refused at the line of the rule that went over.
 */
final class IcsRecurrence {
    static final int MAX_PERIODS = 100_000;
    static final long MAX_WORK = 5_000_000;

    private final IcsFile file;
    private long work;

    IcsRecurrence(IcsFile file) {
        this.file = file;
    }

    /**
     * The rule's starts from {@code from} to {@code to} (both wall-clock, inclusive), in order, at
     * most {@code limit}: the first ones, or with {@code latest} the last ones (the walk then goes on to
     * {@code to}, within the same bounds): {@code seed} is DTSTART, of the same kind.
     */
    List<Temporal> starts(IcsEvent event, Temporal seed, Temporal from, Temporal to, int limit, boolean latest) {
        @SuppressWarnings("unchecked")
        Recur<Temporal> rule = (Recur<Temporal>) event.rule();
        ChronoUnit unit = unit(rule);
        int interval = Math.max(1, rule.getInterval());
        Temporal end = to;
        try {
            Temporal farthest = seed.plus((long) MAX_PERIODS * interval, unit);
            if (TemporalAdapter.isBefore(farthest, end)) {
                end = farthest;
            }
        } catch (DateTimeException | ArithmeticException e) {
            // the farthest period lies past year 999999999: the window ends first
        }
        ArrayDeque<Temporal> starts = new ArrayDeque<>();
        if (TemporalAdapter.isBefore(end, from)) {
            return List.of();
        }
        long steps = 0;
        try {
            Spliterator<Temporal> walk = rule.getDatesAsStream(seed, from, end, -1).spliterator();
            while ((latest || starts.size() < limit) && steps < MAX_PERIODS && walk.tryAdvance(starts::addLast)) {
                steps++;
                if (starts.size() > limit) {
                    starts.removeFirst();
                }
            }
        } catch (RuntimeException e) {
            throw file.bad(event.ruleLine(), "RRULE cannot be expanded ("
                    + IcsEventDraft.cut(String.valueOf(e.getMessage()), 80) + ")");
        }
        Temporal reached = starts.size() == limit && !latest ? starts.getLast() : end;
        work += steps + Math.max(0, unit.between(seed, reached) / interval);
        if (work > MAX_WORK) {
            throw file.bad(event.ruleLine(), "the repeating events of this file need more than " + MAX_WORK
                    + " steps to expand");
        }
        return new ArrayList<>(starts);
    }

    private static ChronoUnit unit(Recur<?> rule) {
        return switch (rule.getFrequency()) {
            case SECONDLY -> ChronoUnit.SECONDS;
            case MINUTELY -> ChronoUnit.MINUTES;
            case HOURLY -> ChronoUnit.HOURS;
            case DAILY -> ChronoUnit.DAYS;
            case WEEKLY -> ChronoUnit.WEEKS;
            case MONTHLY -> ChronoUnit.MONTHS;
            case YEARLY -> ChronoUnit.YEARS;
        };
    }
}
