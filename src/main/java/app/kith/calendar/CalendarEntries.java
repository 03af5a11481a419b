package app.kith.calendar;

import app.kith.conferences.ConferenceService;
import app.kith.conferences.Edition;
import app.kith.people.Birthday;
import app.kith.people.BirthdayOf;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Reads the calendar for a range with a handful of queries, whatever the size of the network: the
 * stored events that can occur in it (repeating ones expanded only inside the range) with their
 * people, those people's names, the birthdays of the months it covers, and the conference editions it overlaps.
 */
@Component
class CalendarEntries {
    private final Events events;
    private final PeopleService people;
    private final ConferenceService conferences;

    CalendarEntries(Events events, PeopleService people, ConferenceService conferences) {
        this.events = events;
        this.people = people;
        this.conferences = conferences;
    }

    List<CalendarEntry> stored(AccountId account, LocalDate from, LocalDate to) {
        List<Events.Listed> listed = events.between(account, from, to);
        Map<String, String> names = people.names(account, listed.stream()
                .flatMap(l -> l.people().stream().map(EventPerson::id)).distinct().toList());
        List<CalendarEntry> entries = new ArrayList<>();
        for (Events.Listed l : listed) {
            Events.Row r = l.row();
            List<EventPerson> with = l.people().stream()
                    .map(p -> new EventPerson(p.id(), names.get(p.id()), p.role())).toList();
            List<LocalDate> on = r.repeat() == null ? List.of(r.date())
                    : r.repeat().between(r.date(), r.repeatLast(), from, to);
            on.forEach(day -> entries.add(entry(r, day, with)));
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

    List<CalendarEntry> birthdays(AccountId account, LocalDate from, LocalDate to) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (BirthdayOf person : people.birthdays(account, months(from, to))) {
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                LocalDate day = celebrated(person.birthday(), year);
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                Integer turns = person.birthday().year() == null || year <= person.birthday().year() ? null
                        : year - person.birthday().year();
                String title = turns == null ? person.name() + "'s birthday" : person.name() + " turns " + turns;
                entries.add(new CalendarEntry("birthday:" + person.personId(), null, EventKind.BIRTHDAY, title, day, null,
                        null, null, List.of(new EventPerson(person.personId(), person.name(), EventPerson.WITH)), null, null,
                        true, turns));
            }
        }
        return entries;
    }

    /** The months (1 to 12) a range touches. */
    static Set<Integer> months(LocalDate from, LocalDate to) {
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

    List<CalendarEntry> conferences(AccountId account, LocalDate from, LocalDate to) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (Edition e : conferences.editionsBetween(account, from, to)) {
            List<EventPerson> going = e.attendees().stream().filter(a -> !a.self())
                    .map(a -> new EventPerson(a.personId(), a.name(), EventPerson.WITH)).toList();
            entries.add(new CalendarEntry("conference:" + e.id(), null, EventKind.CONFERENCE, e.title(),
                    e.startsOn(), e.endsOn(), null, e.city(), going, null, null, false, null));
        }
        return entries;
    }

    /** Events with their people, named. */
    List<Event> events(AccountId account, List<Events.Row> rows) {
        Map<String, List<EventPerson>> linked = people(account, rows);
        return rows.stream().map(r -> new Event(r.id(), r.kind(), r.title(), r.date(), r.endDate(), r.startsAt(),
                r.endsAt(), r.location(), r.notes(), linked.getOrDefault(r.id(), List.of()), r.invitation(), r.rsvp(),
                r.repeat(), r.congratulatedOn(), r.createdAt(), r.updatedAt())).toList();
    }

    private Map<String, List<EventPerson>> people(AccountId account, List<Events.Row> rows) {
        Map<String, List<Events.Link>> links = events.people(account, rows.stream().map(Events.Row::id).toList());
        Set<String> ids = new HashSet<>();
        links.values().forEach(list -> list.forEach(l -> ids.add(l.personId())));
        Map<String, String> names = people.names(account, ids);
        Map<String, List<EventPerson>> result = new HashMap<>();
        links.forEach((event, list) -> result.put(event, list.stream()
                .map(l -> new EventPerson(l.personId(), names.get(l.personId()), l.role())).toList()));
        return result;
    }
}
