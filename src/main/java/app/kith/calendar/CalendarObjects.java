package app.kith.calendar;

import app.kith.people.Birthday;
import app.kith.people.BirthdayOf;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * The calendar as CalDAV serves it: each stored event, and each birthday, as a calendar object of its
 * own, written by the feed's writer one at a time (never the whole calendar in memory). An event's
 * stamp is when it last changed; a birthday's is fixed, so an unchanged entry is byte for byte the same.
 */
@Service
public class CalendarObjects {
    private static final String FIXED_STAMP = "20000101T000000Z";

    private final Events events;
    private final PeopleService people;

    CalendarObjects(Events events, PeopleService people) {
        this.events = events;
        this.people = people;
    }

    /** Every stored event (invitations, dinners, achievements, anniversaries, reminders), in date order. */
    public void eachEvent(AccountId account, Consumer<CalendarObject> each) {
        Map<String, List<Events.Link>> links = events.allPeople(account);
        Set<String> linked = new HashSet<>();
        links.values().forEach(list -> list.forEach(l -> linked.add(l.personId())));
        Map<String, String> names = people.names(account, linked);
        events.each(account, row -> {
            String ics = calendar(w -> CalendarFeed.event(w, IcsWriter.utc(row.updatedAt().truncatedTo(ChronoUnit.SECONDS)),
                    row, links.getOrDefault(row.id(), List.of()), names));
            LocalDate first = row.startsAt() == null ? row.date() : day(row.startsAt());
            LocalDate last = row.repeat() != null ? row.repeatLast()
                    : row.startsAt() == null ? (row.endDate() == null ? row.date() : row.endDate())
                    : row.endsAt() == null ? first : day(row.endsAt());
            each.accept(new CalendarObject(row.id() + ".ics",
                    row.sourceUid() != null ? row.sourceUid() : "event-" + row.id() + "@kith", ics, first, last));
        });
    }

    /** Every known birthday, yearly, without inventing a year (Apple's 1604 convention), by person. */
    public void eachBirthday(AccountId account, Consumer<CalendarObject> each) {
        for (BirthdayOf person : people.birthdays(account, IntStream.rangeClosed(1, 12).boxed().toList())) {
            Birthday b = person.birthday();
            String ics = calendar(w -> CalendarFeed.birthday(w, FIXED_STAMP, person));
            each.accept(new CalendarObject(person.personId() + ".ics", "birthday-" + person.personId() + "@kith", ics,
                    LocalDate.of(b.year() == null ? CalendarFeed.NO_YEAR : b.year(), b.month(), b.day()), null));
        }
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String calendar(Consumer<IcsWriter> event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (IcsWriter ics = new IcsWriter(out)) {
            ics.begin("VCALENDAR");
            ics.raw("VERSION", "2.0");
            ics.raw("PRODID", "-//Kith//Kith relationship calendar//EN");
            ics.raw("CALSCALE", "GREGORIAN");
            event.accept(ics);
            ics.end("VCALENDAR");
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
