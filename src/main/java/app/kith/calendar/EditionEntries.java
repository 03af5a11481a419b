package app.kith.calendar;

import app.kith.conferences.ConferenceService;
import app.kith.conferences.Edition;
import app.kith.conferences.EditionRange;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Conference editions as calendar entries, on their first day, with who else is going. */
@Component
class EditionEntries {
    private final ConferenceService conferences;

    EditionEntries(ConferenceService conferences) {
        this.conferences = conferences;
    }

    /** The editions going on in {@code [from, to]} after a position, in order, at most {@code limit}. */
    List<Found> after(AccountId account, LocalDate from, LocalDate to, Position after, int limit) {
        Position.DayAndId start = after.allDayAfter(Position.CONFERENCES);
        if (start.day().isAfter(to)) {
            return List.of();
        }
        return conferences.editions(account, List.of(new EditionRange(from, to, start.day(), start.id(), limit)))
                .getFirst().stream().map(e -> Found.derived(entry(e))).toList();
    }

    /** For each day of {@code [from, to]}: how many editions begin on it, and its first {@code perDay}. */
    Found.Tally byDay(AccountId account, LocalDate from, LocalDate to, int perDay) {
        Map<LocalDate, Integer> counts = conferences.editionCounts(account, from, to);
        List<LocalDate> days = counts.keySet().stream().sorted().toList();
        List<List<Edition>> firsts = conferences.editions(account, days.stream()
                .map(day -> new EditionRange(day, day, day, "", perDay)).toList());
        Found.Tally tally = new Found.Tally(counts, new HashMap<>());
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            firsts.get(i).forEach(e -> tally.add(day, Found.derived(entry(e))));
        }
        return tally;
    }

    private static CalendarEntry entry(Edition e) {
        List<EventPerson> going = new ArrayList<>();
        e.attendees().stream().filter(a -> !a.self())
                .forEach(a -> going.add(new EventPerson(a.personId(), a.name(), EventPerson.WITH)));
        return new CalendarEntry(Position.CONFERENCE + e.id(), null, EventKind.CONFERENCE, e.title(), e.startsOn(),
                e.endsOn(), null, e.city(), List.copyOf(going), null, null, false, null);
    }
}
