package app.kith.calendar;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads the calendar in its one order ({@link Position}), bounded by what is shown: a page asks each
 * source (stored events, birthdays, editions) for at most one more entry than it shows after its
 * position and merges them; a view of days asks each source how many it has per day and its first few
 * of each day. Only what is shown becomes an entry, with its people named.
 */
@Component
class CalendarEntries {
    private final Events events;
    private final EventRanges ranges;
    private final BirthdayEntries birthdays;
    private final EditionEntries editions;
    private final PeopleService people;

    CalendarEntries(Events events, EventRanges ranges, BirthdayEntries birthdays, EditionEntries editions,
                    PeopleService people) {
        this.events = events;
        this.ranges = ranges;
        this.birthdays = birthdays;
        this.editions = editions;
        this.people = people;
    }

    /**
     * A page: the entries, the position to continue after when there are more (else null), and how
     * many days of repeating events it computed (the work tests hold to the page's size).
     */
    record Page(List<CalendarEntry> items, Position next, long computed) {
    }

    Page page(AccountId account, LocalDate from, LocalDate to, Position after, int limit) {
        int wanted = limit + 1;
        Stored stored = stored(account, from, to, after, wanted);
        List<Found> found = new ArrayList<>(stored.found());
        found.addAll(birthdays.after(account, from, to, after, wanted));
        found.addAll(editions.after(account, from, to, after, wanted));
        return page(account, found, limit, stored.computed());
    }

    /** The first {@code limit} stored events in {@code [from, to]}, without birthdays or editions. */
    List<CalendarEntry> storedFirst(AccountId account, LocalDate from, LocalDate to, int limit) {
        return page(account, stored(account, from, to, Position.startOf(Position.FIRST_DAY), limit).found(), limit, 0)
                .items();
    }

    /**
     * The first {@code limit} stored events linked to people that start in {@code [from, to]}, a
     * repeating one on each day it occurs: what meeting prep reads, without events under way since before.
     */
    List<CalendarEntry> linkedStarting(AccountId account, LocalDate from, LocalDate to, int limit) {
        Position start = Position.startOf(from);
        List<Found> found = new ArrayList<>();
        ranges.oneOffs(account, List.of(new EventRanges.Range(start, to, limit)), true).getFirst()
                .forEach(r -> found.add(stored(r)));
        Repeats.After walk = new Repeats.After(start, from, to);
        ranges.series(account, from, to, true, walk);
        walk.take(limit).forEach(o -> found.add(new Found(o.position(), null, null)));
        return page(account, found, limit, 0).items();
    }

    private Page page(AccountId account, List<Found> found, int limit, long computed) {
        found.sort(Comparator.comparing(Found::position));
        List<Found> shown = found.subList(0, Math.min(limit, found.size()));
        Position next = found.size() > limit ? shown.getLast().position() : null;
        return new Page(entries(account, shown), next, computed);
    }

    private record Stored(List<Found> found, long computed) {
    }

    private Stored stored(AccountId account, LocalDate from, LocalDate to, Position after, int wanted) {
        List<Found> found = new ArrayList<>();
        Position start = Position.startOf(from);
        if (after.compareTo(start) < 0) {
            ranges.spanning(account, from, after, wanted).forEach(r -> found.add(stored(r)));
        }
        Position inRange = after.compareTo(start) < 0 ? start : after;
        ranges.oneOffs(account, List.of(new EventRanges.Range(inRange, to, wanted)), false).getFirst()
                .forEach(r -> found.add(stored(r)));
        Repeats.After walk = new Repeats.After(after, from, to);
        ranges.series(account, from, to, false, walk);
        walk.take(wanted).forEach(o -> found.add(new Found(o.position(), null, null)));
        return new Stored(found, walk.computed());
    }

    private static Found stored(Events.Row row) {
        return new Found(new Position(row.date(), Position.time(row.startsAt()), Position.EVENTS, row.id()), null, row);
    }

    /** Each day of {@code [from, to]} that has something: its first {@code perDay} entries, and how many more. */
    List<CalendarDay> days(AccountId account, LocalDate from, LocalDate to, int perDay) {
        Found.Tally oneOffs = oneOffs(account, from, to, perDay);
        Repeats.ByDay repeating = new Repeats.ByDay(from, to, perDay);
        ranges.series(account, from, to, false, repeating);
        List<Found.Tally> tallies = List.of(oneOffs, birthdays.byDay(account, from, to, perDay),
                editions.byDay(account, from, to, perDay));
        List<DayShown> days = new ArrayList<>();
        List<Found> shown = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            int count = repeating.counts().getOrDefault(d, 0)
                    + tallies.stream().mapToInt(t -> t.counts().getOrDefault(d, 0)).sum();
            if (count == 0) {
                continue;
            }
            List<Found> candidates = new ArrayList<>();
            repeating.first(d).forEach(o -> candidates.add(new Found(o.position(), null, null)));
            tallies.forEach(t -> candidates.addAll(t.first().getOrDefault(d, List.of())));
            candidates.sort(Comparator.comparing(Found::position));
            int first = Math.min(perDay, candidates.size());
            shown.addAll(candidates.subList(0, first));
            days.add(new DayShown(d, first, count - first));
        }
        // Every shown entry is made in one batch (its people named in one query), then dealt back to its day.
        Iterator<CalendarEntry> made = entries(account, shown).iterator();
        List<CalendarDay> result = new ArrayList<>();
        for (DayShown day : days) {
            List<CalendarEntry> entries = new ArrayList<>(day.shown());
            for (int i = 0; i < day.shown(); i++) {
                entries.add(made.next());
            }
            result.add(new CalendarDay(day.date(), List.copyOf(entries), day.more()));
        }
        return result;
    }

    private record DayShown(LocalDate date, int shown, int more) {
    }

    private Found.Tally oneOffs(AccountId account, LocalDate from, LocalDate to, int perDay) {
        Map<LocalDate, Integer> counts = ranges.oneOffCounts(account, from, to);
        List<LocalDate> days = counts.keySet().stream().sorted().toList();
        List<List<Events.Row>> rows = ranges.oneOffs(account, days.stream()
                .map(day -> new EventRanges.Range(Position.startOf(day), day, perDay)).toList(), false);
        Found.Tally tally = new Found.Tally(counts, new HashMap<>());
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            rows.get(i).forEach(r -> tally.add(day, stored(r)));
        }
        return tally;
    }

    /** The entries of what was found, in the same order: stored events read (if need be) and named. */
    private List<CalendarEntry> entries(AccountId account, List<Found> found) {
        Set<String> unread = new HashSet<>();
        Set<String> stored = new HashSet<>();
        for (Found f : found) {
            if (f.entry() == null) {
                stored.add(f.position().id());
                if (f.row() == null) {
                    unread.add(f.position().id());
                }
            }
        }
        Map<String, Events.Row> rows = unread.isEmpty() ? Map.of() : ranges.listed(account, unread);
        Map<String, List<EventPerson>> with = people(account, stored);
        List<CalendarEntry> entries = new ArrayList<>(found.size());
        for (Found f : found) {
            if (f.entry() != null) {
                entries.add(f.entry());
            } else {
                Events.Row row = f.row() != null ? f.row() : rows.get(f.position().id());
                entries.add(entry(row, f.position().date(), with.getOrDefault(row.id(), List.of())));
            }
        }
        return entries;
    }

    private static CalendarEntry entry(Events.Row r, LocalDate day, List<EventPerson> with) {
        long shift = ChronoUnit.DAYS.between(r.date(), day);
        return new CalendarEntry(r.id(), r.id(), r.kind(), r.title(), day,
                r.endDate() == null ? null : r.endDate().plusDays(shift),
                r.startsAt() == null ? null : r.startsAt().plus(Duration.ofDays(shift)), r.location(), with,
                r.invitation(), r.rsvp(), r.repeat() != null, null);
    }

    /** Events with their people, named. */
    List<Event> events(AccountId account, List<Events.Row> rows) {
        Map<String, List<EventPerson>> linked = people(account, rows.stream().map(Events.Row::id).toList());
        return rows.stream().map(r -> new Event(r.id(), r.kind(), r.title(), r.date(), r.endDate(), r.startsAt(),
                r.endsAt(), r.location(), r.notes(), linked.getOrDefault(r.id(), List.of()), r.invitation(), r.rsvp(),
                r.repeat(), r.congratulatedOn(), r.createdAt(), r.updatedAt())).toList();
    }

    /** Each event's people, named: the inviter first, then by id. */
    private Map<String, List<EventPerson>> people(AccountId account, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Events.Link>> links = events.people(account, eventIds);
        Set<String> ids = new HashSet<>();
        links.values().forEach(list -> list.forEach(l -> ids.add(l.personId())));
        Map<String, String> names = people.names(account, ids);
        Map<String, List<EventPerson>> result = new HashMap<>();
        links.forEach((event, list) -> result.put(event, list.stream()
                .map(l -> new EventPerson(l.personId(), names.get(l.personId()), l.role())).toList()));
        return result;
    }
}
