package app.kith.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An event with the instances RECURRENCE-ID changes or cancels: its master (null when a file holds
 * only changed instances of a series, as Google sends when one is invited to a single instance) and
 * those overrides. {@link #instances} lays it out: the master's starts (DTSTART, the RRULE's starts
 * from {@link IcsRecurrence}, RDATEs), less its EXDATEs, each replaced by the override for it if
 * there is one, each placed in its own time zone.
 */
record IcsSeries(String uid, IcsEvent master, List<IcsEvent> overrides) {
    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    /** The last wall-clock time a series is laid out to, as Kith's recurrences stop at year 9999. */
    private static final LocalDateTime LAST = LocalDateTime.of(Recurrence.LAST_YEAR, 12, 31, 23, 59, 59);
    private static final Instant LAST_INSTANT = LAST.minusDays(1).toInstant(ZoneOffset.UTC);
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-02T00:00:00Z");

    /** The file's events, grouped: an override joins the last master of its UID before or after it. */
    static List<IcsSeries> of(IcsFile file) {
        Map<String, IcsEvent> masters = new HashMap<>();
        for (IcsEvent event : file.events()) {
            if (event.recurrenceId() == null && event.uid() != null) {
                masters.put(event.uid(), event);
            }
        }
        Map<Object, IcsSeries> series = new LinkedHashMap<>();
        for (IcsEvent event : file.events()) {
            if (event.recurrenceId() == null) {
                Object key = event.uid() == null || masters.get(event.uid()) != event ? new Object() : event.uid();
                series.put(key, new IcsSeries(event.uid(), event, new ArrayList<>()));
            }
        }
        for (IcsEvent event : file.events()) {
            if (event.recurrenceId() != null) {
                Object key = event.uid() != null && masters.containsKey(event.uid()) ? event.uid() : new Object();
                series.computeIfAbsent(key, k -> new IcsSeries(event.uid(), null, new ArrayList<>()))
                        .overrides().add(event);
            }
        }
        return List.copyOf(series.values());
    }

    /** A time as the calendar shows it: the wall-clock time in its zone (midnight of a day), and its instant. */
    record Timing(LocalDateTime local, boolean day, Instant instant) {
    }

    /**
     * One instance.
     *
     * @param event     what it says (title, people...): the master's, or its override's
     * @param original  for an instance of a repeating series, where the series put it (the wall-clock
     *                  time in the master's zone, or the day); null for an event that does not repeat
     * @param end       where it ends (for a day, the day after its last), or null when the event does not say
     * @param cancelled cancelled by the master's or the override's STATUS, or removed by an EXDATE
     */
    record Instance(IcsEvent event, Timing original, Timing start, Timing end, boolean cancelled) {

        /** The original as Kith keys imported instances by: {@code 20250106T090000} or {@code 20250106}. */
        String key() {
            return original.day() ? IcsWriter.date(original.local().toLocalDate()) : original.local().format(KEY);
        }
    }

    /**
     * Which instances to lay out: between two instants, or (with {@code from} null) from DTSTART on; at
     * most {@code limit} of a series, the first ones, or with {@code latest} the last ones before
     * {@code to} (a daily meeting since years keeps its recent instances).
     */
    record Window(Instant from, Instant to, int limit, boolean withCancelled, boolean latest) {
        static final int IMPORT_YEARS = 2;
    }

    List<Instance> instances(IcsFile file, IcsRecurrence recurrence, Window window) {
        List<Instance> instances = new ArrayList<>();
        Map<Object, IcsEvent> changed = new LinkedHashMap<>();
        for (IcsEvent override : overrides) {
            changed.putIfAbsent(identity(file, override.recurrenceId()), override);
        }
        if (master != null) {
            boolean repeats = master.repeats() || !overrides.isEmpty();
            Set<Object> excluded = new HashSet<>();
            for (IcsTime exdate : master.exdates()) {
                Timing timing = timing(file, exdate);
                excluded.add(timing.day() || master.start().day() ? timing.local().toLocalDate() : timing.instant());
            }
            for (Timing original : originals(file, recurrence, window)) {
                IcsEvent override = changed.remove(original.day() ? original.local().toLocalDate() : original.instant());
                boolean removed = excluded.contains(original.instant())
                        || excluded.contains(original.local().toLocalDate());
                if (override != null && !removed) {
                    instances.add(of(file, override, original));
                } else if (!removed || window.withCancelled()) {
                    instances.add(new Instance(master, repeats ? original : null, original,
                            end(file, master, original), removed || master.cancelled()));
                }
            }
        }
        for (IcsEvent orphan : changed.values()) {
            instances.add(of(file, orphan, placed(file, orphan.recurrenceId(), master)));
        }
        List<Instance> kept = instances.stream()
                .filter(i -> window.from() == null || !i.start().instant().isBefore(window.from())
                        && i.start().instant().isBefore(window.to()))
                .filter(i -> window.withCancelled() || !i.cancelled())
                .sorted(Comparator.comparing((Instance i) -> i.start().instant()))
                .toList();
        if (kept.size() <= window.limit()) {
            return kept;
        }
        return window.latest() ? kept.subList(kept.size() - window.limit(), kept.size())
                : kept.subList(0, window.limit());
    }

    private Instance of(IcsFile file, IcsEvent override, Timing original) {
        Timing start = timing(file, override.start());
        return new Instance(override, original, start, end(file, override, start),
                override.cancelled() || master != null && master.cancelled());
    }

    /** The master's starts in the window, in order: DTSTART, the rule's, the RDATEs. */
    private List<Timing> originals(IcsFile file, IcsRecurrence recurrence, Window window) {
        IcsTime start = master.start();
        Timing first = timing(file, start);
        if (!master.repeats()) {
            return List.of(first);
        }
        ZoneRules zone = rules(file, start);
        Temporal seed = start.day() ? first.local().toLocalDate() : first.local();
        LocalDateTime from;
        LocalDateTime to;
        if (window.from() == null) {
            from = first.local();
            to = first.local().plusYears(Window.IMPORT_YEARS);
        } else {
            from = IcsZones.local(within(window.from()), zone).minusDays(1);
            // Keeping the latest, a day past the window's end would take the place of some in it.
            to = IcsZones.local(within(window.to()), zone).plusDays(window.latest() ? 0 : 1);
        }
        if (to.isAfter(LAST)) {
            to = LAST;
        }
        TreeSet<LocalDateTime> locals = new TreeSet<>();
        if (!first.local().isBefore(from) && !first.local().isAfter(to)) {
            locals.add(first.local());
        }
        if (master.rule() != null) {
            Temporal periodStart = start.day() ? from.toLocalDate() : from;
            Temporal periodEnd = start.day() ? to.toLocalDate() : to;
            for (Temporal t : recurrence.starts(master, seed, periodStart, periodEnd, window.limit(),
                    window.latest())) {
                locals.add(t instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) t);
            }
        }
        for (IcsTime rdate : master.rdates()) {
            LocalDateTime local = start.day() ? localDay(file, rdate, zone) : placed(file, rdate, master).local();
            if (!local.isBefore(from) && !local.isAfter(to)) {
                locals.add(local);
            }
        }
        List<Timing> originals = new ArrayList<>();
        for (LocalDateTime local : locals) {
            Timing timing = new Timing(local, start.day(), start.day() ? local.toInstant(ZoneOffset.UTC)
                    : IcsZones.instant(local, zone));
            if (before(file, timing, master.until())) {
                originals.add(timing);
            }
        }
        if (originals.size() <= window.limit()) {
            return originals;
        }
        return window.latest() ? originals.subList(originals.size() - window.limit(), originals.size())
                : originals.subList(0, window.limit());
    }

    /** Is the original at or before the rule's UNTIL (none: yes)? */
    private static boolean before(IcsFile file, Timing original, IcsTime until) {
        if (until == null) {
            return true;
        }
        return switch (until.value()) {
            case LocalDate day -> !original.local().toLocalDate().isAfter(day);
            case LocalDateTime local -> !original.local().isAfter(local);
            case Instant instant -> original.day() ? !original.local().toLocalDate()
                    .isAfter(LocalDate.ofInstant(instant, ZoneOffset.UTC)) : !original.instant().isAfter(instant);
            default -> true;
        };
    }

    /**
     * Where an instance starting at {@code start} ends, by its event's DTEND (the same length) or
     * DURATION; null when the event gives neither. A day ends at the start of the day after its last.
     */
    static Timing end(IcsFile file, IcsEvent event, Timing start) {
        try {
            Timing end = endOf(file, event, start);
            if (end == null || end.local().getYear() <= Recurrence.LAST_YEAR) {
                return end;
            }
        } catch (DateTimeException | ArithmeticException e) {
            // reported below
        }
        throw file.bad(event.line(), "the event ends after the year " + Recurrence.LAST_YEAR);
    }

    private static Timing endOf(IcsFile file, IcsEvent event, Timing start) {
        if (event.end() != null) {
            Timing first = timing(file, event.start());
            Timing last = timing(file, event.end());
            if (start.day()) {
                long days = ChronoUnit.DAYS.between(first.local().toLocalDate(), last.local().toLocalDate());
                return day(start.local().toLocalDate().plusDays(Math.max(days, 1)));
            }
            Duration length = Duration.between(first.instant(), last.instant());
            length = length.isNegative() ? Duration.ZERO : length;
            return new Timing(start.local().plus(length), false, start.instant().plus(length));
        }
        TemporalAmount duration = event.duration();
        if (duration == null) {
            return null;
        }
        if (start.day()) {
            LocalDate last = duration instanceof Period days ? start.local().toLocalDate().plus(days)
                    : start.local().toLocalDate().plusDays(((Duration) duration).toDays());
            return day(last.isAfter(start.local().toLocalDate()) ? last : start.local().toLocalDate().plusDays(1));
        }
        LocalDateTime local = start.local().plus(duration);
        Instant instant = duration instanceof Period ? IcsZones.instant(local, rules(file, event.start()))
                : start.instant().plus(duration);
        return new Timing(local, false, instant.isBefore(start.instant()) ? start.instant() : instant);
    }

    /** An instant of a window, brought within the years 1 to 9999 (where every time a file can give lies). */
    private static Instant within(Instant instant) {
        return instant.isBefore(FIRST_INSTANT) ? FIRST_INSTANT : instant.isAfter(LAST_INSTANT) ? LAST_INSTANT : instant;
    }

    private static Timing day(LocalDate day) {
        return new Timing(day.atStartOfDay(), true, day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** A DTSTART-like value placed in time: a day at midnight (UTC for its instant), a time in its zone. */
    static Timing timing(IcsFile file, IcsTime time) {
        return switch (time.value()) {
            case LocalDate day -> day(day);
            case Instant instant -> new Timing(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), false, instant);
            case LocalDateTime local -> new Timing(local, false, IcsZones.instant(local, rules(file, time)));
            default -> throw new IllegalStateException("not a date or date-time: " + time.value());
        };
    }

    /** A RECURRENCE-ID or RDATE as a start of the master's series: in the master's zone. */
    private static Timing placed(IcsFile file, IcsTime time, IcsEvent master) {
        Timing timing = timing(file, time);
        if (master == null || timing.day()) {
            return timing;
        }
        ZoneRules zone = rules(file, master.start());
        return new Timing(IcsZones.local(timing.instant(), zone), false, timing.instant());
    }

    private static LocalDateTime localDay(IcsFile file, IcsTime time, ZoneRules zone) {
        Timing timing = timing(file, time);
        return timing.day() ? timing.local() : IcsZones.local(timing.instant(), zone).toLocalDate()
                .atStartOfDay();
    }

    /** What matches a RECURRENCE-ID to an instance: its day, or its instant. */
    private static Object identity(IcsFile file, IcsTime time) {
        Timing timing = timing(file, time);
        return timing.day() ? timing.local().toLocalDate() : timing.instant();
    }

    /** The zone a DTSTART-like value is in: its TZID's for a wall-clock time, else UTC. */
    static ZoneRules rules(IcsFile file, IcsTime time) {
        return time.value() instanceof LocalDateTime ? file.zones().rules(time.tzid()) : ZoneOffset.UTC.getRules();
    }
}
