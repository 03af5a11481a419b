package app.kith.calendar;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Dates;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Patch;
import app.kith.shared.Text;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns what a user gave ({@link EventChanges}) into a checked row and its links, naming the field at fault. */
@Component
class EventEditor {
    private final PeopleService people;

    EventEditor(PeopleService people) {
        this.people = people;
    }

    /** A checked row and the people it links. */
    record Edit(Events.Row row, List<Events.Link> people) {
    }

    Edit create(AccountId account, EventChanges c, Instant now) {
        EventKind kind = Choice.parse(EventKind.class, "kind", c.kind());
        if (kind == null) {
            throw new InvalidInputException("kind", "is required (" + storedKinds() + ")");
        }
        if (c.date() == null && c.startsAt() == null) {
            throw new InvalidInputException("date", "is required (YYYY-MM-DD)");
        }
        String repeat = c.repeat() == null && kind == EventKind.ANNIVERSARY ? "yearly" : c.repeat();
        Event blank = new Event(Ids.newId(), kind, null, null, null, null, null, null, null, List.of(), null, null,
                null, null, now, now);
        return edit(account, blank, new EventChanges(c.kind(), c.title(), c.date(), c.endDate(), c.startsAt(),
                c.endsAt(), c.location(), c.notes(), c.people() == null ? List.of() : c.people(), c.invitedBy(),
                c.invitation(), c.rsvp(), repeat, c.interval(), c.until(), c.count()), now, true);
    }

    Edit update(AccountId account, Event current, EventChanges c, Instant now) {
        return edit(account, current, c, now, false);
    }

    private Edit edit(AccountId account, Event cur, EventChanges c, Instant now, boolean creating) {
        EventKind kind = Patch.field(c.kind(), cur.kind(), v -> Choice.parse(EventKind.class, "kind", v));
        if (kind == null || !kind.stored()) {
            throw new InvalidInputException("kind", kind == EventKind.BIRTHDAY
                    ? "birthdays come from people: set the person's birthday"
                    : kind == EventKind.CONFERENCE ? "conference editions come from conferences: use conference attend"
                    : "is required (" + storedKinds() + ")");
        }
        Instant startsAt = Patch.field(c.startsAt(), cur.startsAt(), v -> instant("startsAt", v));
        Instant endsAt = Patch.field(c.endsAt(), cur.endsAt(), v -> instant("endsAt", v));
        LocalDate date = c.date() == null
                ? (c.startsAt() != null && startsAt != null ? startsAt.atZone(ZoneOffset.UTC).toLocalDate() : cur.date())
                : Dates.parse("date", c.date());
        if (date == null) {
            throw new InvalidInputException("date", "is required (YYYY-MM-DD)");
        }
        LocalDate endDate = Patch.field(c.endDate(), cur.endDate(), v -> Dates.parse("endDate", v));
        if (endDate != null && (endDate.isBefore(date) || endDate.isAfter(date.plusDays(Events.MAX_SPAN_DAYS)))) {
            throw new InvalidInputException("endDate", "must be on or after date, within " + Events.MAX_SPAN_DAYS
                    + " days");
        }
        if (endsAt != null && (startsAt == null || endsAt.isBefore(startsAt))) {
            throw new InvalidInputException("endsAt", "must be at or after startsAt");
        }
        Map<String, String> linked = new LinkedHashMap<>();
        if (c.people() == null) {
            cur.people().stream().filter(p -> p.role().equals(EventPerson.WITH)).forEach(p -> linked.put(p.id(), p.role()));
        } else {
            people.resolveAll(account, c.people()).forEach(id -> linked.put(id, EventPerson.WITH));
        }
        String inviter = c.invitedBy() == null
                ? cur.people().stream().filter(p -> p.role().equals(EventPerson.INVITER)).map(EventPerson::id)
                        .findFirst().orElse(null)
                : c.invitedBy().isBlank() ? null : people.resolve(account, c.invitedBy());
        InvitationDirection invitation = null;
        Rsvp rsvp = null;
        if (kind == EventKind.INVITATION) {
            invitation = Patch.field(c.invitation(), cur.invitation(),
                    v -> Choice.parse(InvitationDirection.class, "invitation", v));
            invitation = invitation == null ? InvitationDirection.RECEIVED : invitation;
            rsvp = Patch.field(c.rsvp(), cur.rsvp(), v -> Choice.parse(Rsvp.class, "rsvp", v));
            if (rsvp == null && invitation == InvitationDirection.RECEIVED) {
                rsvp = Rsvp.NEEDS_ANSWER;
            }
            if (inviter != null) {
                linked.put(inviter, EventPerson.INVITER);
            }
        } else if (c.rsvp() != null || c.invitation() != null || (c.invitedBy() != null && !c.invitedBy().isBlank())) {
            throw new InvalidInputException(c.rsvp() != null ? "rsvp" : c.invitation() != null ? "invitation" : "invitedBy",
                    "only an invitation has one");
        }
        Recurrence repeat = recurrence(cur.repeat(), c);
        String title = Patch.field(c.title(), cur.title(), Text::clean);
        if (title == null) {
            title = defaultTitle(kind, linked, account);
        }
        check("title", title, 500);
        String notes = Patch.field(c.notes(), cur.notes(), Text::clean);
        check("notes", notes, 20000);
        String location = Patch.field(c.location(), cur.location(), Text::clean);
        check("location", location, 500);
        List<Events.Link> links = new ArrayList<>();
        linked.forEach((id, role) -> links.add(new Events.Link(cur.id(), id, role)));
        LocalDate congratulated = kind == EventKind.ACHIEVEMENT ? cur.congratulatedOn() : null;
        Events.Row row = new Events.Row(cur.id(), kind, title, date, endDate, startsAt, endsAt, location, notes,
                invitation, rsvp, repeat, repeat == null ? null : repeat.last(date), congratulated, null,
                creating ? now : cur.createdAt(), now);
        return new Edit(row, links);
    }

    private static Recurrence recurrence(Recurrence current, EventChanges c) {
        if (c.repeat() == null && c.interval() == null && c.until() == null && c.count() == null) {
            return current;
        }
        if ("none".equalsIgnoreCase(String.valueOf(c.repeat()).strip())) {
            return null;
        }
        Frequency frequency = c.repeat() == null ? (current == null ? null : current.frequency())
                : Choice.parse(Frequency.class, "repeat", c.repeat());
        if (frequency == null) {
            throw new InvalidInputException("repeat", "is required with interval, until or count ("
                    + Choice.choices(Frequency.class) + ", none)");
        }
        int interval = c.interval() != null ? c.interval() : current == null ? 1 : current.interval();
        LocalDate until = c.until() == null ? (c.count() == null && current != null ? current.until() : null)
                : c.until().isBlank() ? null : Dates.parse("until", c.until());
        Integer count = c.count() == null ? (c.until() == null && current != null ? current.count() : null)
                : c.count() == 0 ? null : c.count();
        return new Recurrence(frequency, interval, until, count);
    }

    private String defaultTitle(EventKind kind, Map<String, String> linked, AccountId account) {
        List<String> names = people.names(account, linked.keySet()).values().stream().sorted().toList();
        String who = names.isEmpty() ? "" : String.join(", ", names);
        return switch (kind) {
            case INVITATION -> who.isEmpty() ? "Invitation" : "Invitation: " + who;
            case DINNER -> who.isEmpty() ? "Dinner" : "Dinner with " + who;
            case ACHIEVEMENT -> who.isEmpty() ? "Achievement" : who + ": achievement";
            case ANNIVERSARY -> who.isEmpty() ? "Anniversary" : "Anniversary: " + who;
            default -> who.isEmpty() ? "Reminder" : "Reminder: " + who;
        };
    }

    private static String storedKinds() {
        return "invitation, dinner, achievement, anniversary, reminder";
    }

    private static void check(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "is longer than " + max + " characters");
        }
    }

    private static Instant instant(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            // To the second: every stored start then has one width, and sorts the same as text and as time.
            return OffsetDateTime.parse(text.strip()).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a date and time (2025-06-01T18:30:00Z)");
        }
    }
}
