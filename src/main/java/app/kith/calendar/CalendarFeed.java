package app.kith.calendar;

import app.kith.conferences.ConferenceService;
import app.kith.conferences.Edition;
import app.kith.conferences.RegistrationReminder;
import app.kith.people.Birthday;
import app.kith.people.BirthdayOf;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's calendar as iCalendar (RFC 5545), for the subscription feed and {@code kith export
 * ics}: birthdays as yearly all-day events (no year or age is invented: an unknown year is written
 * as 1604 with Apple's X-APPLE-OMIT-YEAR, and the summary never shows an age), events with their
 * recurrence, conference editions and the yearly registration reminders. UIDs are stable across
 * renders. The calendar is written as it is read, so it is never held whole in memory.
 */
@Service
public class CalendarFeed {
    /** The leap year written for a birthday whose year is unknown (the vCard/Apple convention). */
    static final int NO_YEAR = 1604;
    private final FeedSecrets secrets;
    private final Events events;
    private final PeopleService people;
    private final ConferenceService conferences;
    private final Clock clock;

    CalendarFeed(FeedSecrets secrets, Events events, PeopleService people, ConferenceService conferences,
                 Clock clock) {
        this.secrets = secrets;
        this.events = events;
        this.people = people;
        this.conferences = conferences;
        this.clock = clock;
    }

    /** A new feed secret for the account, shown once; the previous one stops working at once. */
    @Transactional
    public String rotate(AccountId account) {
        String secret = Ids.secret(32);
        secrets.replace(account, secret, clock.instant());
        return secret;
    }

    /** Turns the feed off: no secret works until a new one is made. */
    @Transactional
    public void revoke(AccountId account) {
        secrets.revoke(account);
    }

    /** When the current secret was made, if there is one. */
    public Optional<Instant> since(AccountId account) {
        return secrets.createdAt(account);
    }

    /** The account whose feed this secret opens, if any. */
    public Optional<AccountId> account(String secret) {
        if (secret == null || secret.length() < 20 || secret.length() > 100) {
            return Optional.empty();
        }
        return secrets.account(secret);
    }

    /** Writes the whole calendar to the stream (which stays open). */
    public void write(AccountId account, OutputStream stream) {
        String stamp = IcsWriter.utc(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        try (IcsWriter ics = new IcsWriter(stream)) {
            ics.begin("VCALENDAR");
            ics.raw("VERSION", "2.0");
            ics.raw("PRODID", "-//Kith//Kith relationship calendar//EN");
            ics.raw("CALSCALE", "GREGORIAN");
            ics.text("X-WR-CALNAME", "Kith");
            for (BirthdayOf person : people.birthdays(account, IntStream.rangeClosed(1, 12).boxed().toList())) {
                birthday(ics, stamp, person);
            }
            Map<String, List<Events.Link>> links = events.allPeople(account);
            Set<String> linked = new HashSet<>();
            links.values().forEach(list -> list.forEach(l -> linked.add(l.personId())));
            Map<String, String> names = people.names(account, linked);
            events.each(account, row -> event(ics, stamp, row, links.getOrDefault(row.id(), List.of()), names));
            for (Edition edition : conferences.datedEditions(account)) {
                edition(ics, stamp, edition);
            }
            for (RegistrationReminder reminder : conferences.registrationReminders(account)) {
                ics.begin("VEVENT");
                ics.raw("UID", "register-" + reminder.seriesId() + "@kith");
                ics.raw("DTSTAMP", stamp);
                ics.date("DTSTART", reminder.firstDay());
                ics.raw("RRULE", "FREQ=YEARLY");
                ics.text("SUMMARY", "Register for " + reminder.seriesName());
                ics.raw("TRANSP", "TRANSPARENT");
                ics.text("CATEGORIES", "reminder");
                ics.end("VEVENT");
            }
            ics.end("VCALENDAR");
        }
    }

    static void birthday(IcsWriter ics, String stamp, BirthdayOf person) {
        Birthday b = person.birthday();
        boolean leapDay = b.month() == 2 && b.day() == 29;
        ics.begin("VEVENT");
        ics.raw("UID", "birthday-" + person.personId() + "@kith");
        ics.raw("DTSTAMP", stamp);
        LocalDate first = LocalDate.of(b.year() == null ? NO_YEAR : b.year(), b.month(), b.day());
        ics.raw(b.year() == null ? "DTSTART;VALUE=DATE;X-APPLE-OMIT-YEAR=" + NO_YEAR : "DTSTART;VALUE=DATE",
                IcsWriter.date(first));
        ics.raw("RRULE", leapDay ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY");
        ics.text("SUMMARY", person.name() + "'s birthday");
        ics.raw("TRANSP", "TRANSPARENT");
        ics.text("CATEGORIES", "birthday");
        ics.end("VEVENT");
    }

    static void event(IcsWriter ics, String stamp, Events.Row row, List<Events.Link> links,
                              Map<String, String> names) {
        boolean allDay = row.startsAt() == null;
        ics.begin("VEVENT");
        ics.text("UID", row.sourceUid() != null ? row.sourceUid() : "event-" + row.id() + "@kith");
        ics.raw("DTSTAMP", stamp);
        if (allDay) {
            ics.date("DTSTART", row.date());
            ics.date("DTEND", (row.endDate() == null ? row.date() : row.endDate()).plusDays(1));
        } else {
            ics.instant("DTSTART", row.startsAt());
            if (row.endsAt() != null) {
                ics.instant("DTEND", row.endsAt());
            }
        }
        if (row.repeat() != null) {
            ics.raw("RRULE", row.repeat().rrule(allDay));
        }
        ics.text("SUMMARY", row.title());
        ics.text("LOCATION", row.location());
        String with = links.stream().map(l -> (l.role().equals(EventPerson.INVITER) ? "invited by " : "")
                + names.getOrDefault(l.personId(), "?")).collect(Collectors.joining(", "));
        String description = (with.isEmpty() ? "" : "With: " + with)
                + (row.rsvp() == null ? "" : (with.isEmpty() ? "" : "\n") + "RSVP: " + row.rsvp().wire())
                + (row.notes() == null ? "" : "\n\n" + row.notes());
        ics.text("DESCRIPTION", description.isBlank() ? null : description.strip());
        if (row.rsvp() != null) {
            ics.raw("STATUS", switch (row.rsvp()) {
                case ACCEPTED -> "CONFIRMED";
                case DECLINED -> "CANCELLED";
                case NEEDS_ANSWER, TENTATIVE -> "TENTATIVE";
            });
        }
        ics.text("CATEGORIES", row.kind().wire());
        ics.end("VEVENT");
    }

    private static void edition(IcsWriter ics, String stamp, Edition edition) {
        ics.begin("VEVENT");
        ics.raw("UID", "conference-" + edition.id() + "@kith");
        ics.raw("DTSTAMP", stamp);
        ics.date("DTSTART", edition.startsOn());
        ics.date("DTEND", (edition.endsOn() == null ? edition.startsOn() : edition.endsOn()).plusDays(1));
        ics.text("SUMMARY", edition.title());
        ics.text("LOCATION", edition.city());
        ics.text("CATEGORIES", "conference");
        ics.end("VEVENT");
    }
}
