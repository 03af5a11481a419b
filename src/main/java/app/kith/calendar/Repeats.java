package app.kith.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The days repeating events occur on in a range, walked as the series are read, never listed whole.
 * Each walk counts the days it computed ({@code computed()}), which is what tests hold to the size of
 * what is shown rather than to the number of occurrences in the range.
 */
final class Repeats {
    private Repeats() {
    }

    /** One day a series occurs on. */
    record Occurrence(Series series, LocalDate day, Position position) {
    }

    /**
     * The occurrences after a position, in order: each series offers its first day after it, and
     * {@link #take} takes the earliest and asks only that series for its next day. A page of n from
     * s series computes at most 2s + n days, whatever the range holds.
     */
    static final class After implements Consumer<Series> {
        private final Position after;
        private final LocalDate from;
        private final LocalDate to;
        private final PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(h -> h.next.position()));
        private long computed;

        After(Position after, LocalDate from, LocalDate to) {
            this.after = after;
            this.from = from;
            this.to = to;
        }

        private record Head(Recurrence.Steps steps, Occurrence next) {
        }

        @Override
        public void accept(Series series) {
            Recurrence.Steps steps = series.from(after.date().isAfter(from) ? after.date() : from);
            Occurrence first = next(series, steps);
            // Only an occurrence on the position's own day can stand at or before it: one more step passes it.
            if (first != null && first.position().compareTo(after) <= 0) {
                first = next(series, steps);
            }
            if (first != null) {
                heads.add(new Head(steps, first));
            }
        }

        /** The next {@code limit} occurrences, in order. */
        List<Occurrence> take(int limit) {
            List<Occurrence> taken = new ArrayList<>();
            while (taken.size() < limit && !heads.isEmpty()) {
                Head head = heads.poll();
                taken.add(head.next());
                Occurrence next = next(head.next().series(), head.steps());
                if (next != null) {
                    heads.add(new Head(head.steps(), next));
                }
            }
            return taken;
        }

        long computed() {
            return computed;
        }

        private Occurrence next(Series series, Recurrence.Steps steps) {
            LocalDate day = steps.next();
            computed++;
            return day == null || day.isAfter(to) ? null : new Occurrence(series, day, series.on(day));
        }
    }

    /**
     * For each day of a range: how many occurrences fall on it, and its first {@code perDay} in order.
     * Counting needs every day of every series in the range (at most the range's length each), but only
     * the ones kept become objects.
     */
    static final class ByDay implements Consumer<Series> {
        private final LocalDate from;
        private final LocalDate to;
        private final int perDay;
        private final Map<LocalDate, Integer> counts = new HashMap<>();
        private final Map<LocalDate, List<Occurrence>> first = new HashMap<>();
        private long computed;

        ByDay(LocalDate from, LocalDate to, int perDay) {
            this.from = from;
            this.to = to;
            this.perDay = perDay;
        }

        @Override
        public void accept(Series series) {
            Recurrence.Steps steps = series.from(from);
            for (LocalDate day = steps.next(); day != null && !day.isAfter(to); day = steps.next()) {
                computed++;
                counts.merge(day, 1, Integer::sum);
                keep(first.computeIfAbsent(day, d -> new ArrayList<>(perDay)), series, day);
            }
        }

        /** Keeps the day's first {@code perDay} occurrences, sorted. */
        private void keep(List<Occurrence> kept, Series series, LocalDate day) {
            Position position = series.on(day);
            if (kept.size() == perDay && position.compareTo(kept.getLast().position()) >= 0) {
                return;
            }
            int at = 0;
            while (at < kept.size() && kept.get(at).position().compareTo(position) < 0) {
                at++;
            }
            kept.add(at, new Occurrence(series, day, position));
            if (kept.size() > perDay) {
                kept.removeLast();
            }
        }

        Map<LocalDate, Integer> counts() {
            return counts;
        }

        List<Occurrence> first(LocalDate day) {
            return first.getOrDefault(day, List.of());
        }

        long computed() {
            return computed;
        }
    }
}
