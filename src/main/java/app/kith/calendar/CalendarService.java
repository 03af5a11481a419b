package app.kith.calendar;

import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.storage.Quotas;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar module's API: record, change and answer events, congratulate achievements, and read
 * the calendar for a month or any range (agenda), with birthdays and conference editions included.
 */
@Service
public class CalendarService {
    /** The longest range one calendar page may cover. */
    public static final int MAX_RANGE_DAYS = 400;
    /** The most entries one page holds; {@link #DEFAULT_LIMIT} when the caller does not say. */
    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 200;
    /** The longest range a view of days covers (a month grid is at most six weeks). */
    public static final int MAX_VIEW_DAYS = 62;
    /** The most entries a view of days shows of one day. */
    public static final int MAX_PER_DAY = 100;

    private final Events events;
    private final EventEditor editor;
    private final CalendarEntries entries;
    private final InteractionService interactions;
    private final PeopleService people;
    private final Quotas quotas;
    private final Clock clock;

    CalendarService(Events events, EventEditor editor, CalendarEntries entries, InteractionService interactions,
                    PeopleService people, Quotas quotas, Clock clock) {
        this.events = events;
        this.editor = editor;
        this.entries = entries;
        this.interactions = interactions;
        this.people = people;
        this.quotas = quotas;
        this.clock = clock;
    }

    @Transactional
    public Event create(AccountId account, EventChanges changes) {
        EventEditor.Edit edit = editor.create(account, changes, clock.instant());
        quotas.check(Quotas.Kind.EVENTS, 1, () -> events.count(account));
        events.insert(account, edit.row(), edit.people());
        return get(account, edit.row().id());
    }

    @Transactional
    public Event update(AccountId account, String id, EventChanges changes) {
        Event current = get(account, id);
        EventEditor.Edit edit = editor.update(account, current, changes, clock.instant());
        events.update(account, edit.row(), edit.people());
        return get(account, id);
    }

    @Transactional
    public void delete(AccountId account, String id) {
        get(account, id);
        events.delete(account, id);
    }

    public Event get(AccountId account, String id) {
        Events.Row row = Ids.found("event", id, i -> events.find(account, i));
        return entries.events(account, List.of(row)).getFirst();
    }

    /** Answers an invitation: {@code accepted}, {@code declined}, {@code tentative} or {@code needs-answer}. */
    @Transactional
    public Event answer(AccountId account, String id, String rsvp) {
        Event event = get(account, id);
        if (event.kind() != EventKind.INVITATION) {
            throw new InvalidInputException("rsvp", "only an invitation can be answered");
        }
        if (Choice.parse(Rsvp.class, "rsvp", rsvp) == null) {
            throw new InvalidInputException("rsvp", "is required (" + Choice.choices(Rsvp.class) + ")");
        }
        return update(account, id, new EventChanges(null, null, null, null, null, null, null, null, null, null, null,
                rsvp, null, null, null, null));
    }

    /**
     * Congratulates the people of an achievement: logs a touch that gave (a message unless another
     * interaction kind is named) with them, today, and marks the achievement congratulated.
     */
    @Transactional
    public Interaction congratulate(AccountId account, String id, String kind, String note) {
        Event event = get(account, id);
        if (event.kind() != EventKind.ACHIEVEMENT) {
            throw new InvalidInputException("kind", "only an achievement can be congratulated");
        }
        List<String> people = event.people().stream().map(EventPerson::id).toList();
        if (people.isEmpty()) {
            throw new InvalidInputException("people", "the achievement names nobody to congratulate");
        }
        LocalDate today = LocalDate.now(clock);
        Interaction logged = interactions.log(account, new InteractionChanges(people,
                kind == null || kind.isBlank() ? "message" : kind, "gave", today.toString(),
                note == null || note.isBlank() ? "Congratulations: " + event.title() : note));
        events.markCongratulated(account, id, today, clock.instant());
        return logged;
    }

    /**
     * A page of the calendar from {@code from} to {@code to} (inclusive): stored events (a repeating one
     * once per day it occurs), birthdays and conference editions, at most {@code limit} of them, after
     * the {@code cursor} a previous page gave (null for the first page).
     */
    public CalendarSlice page(AccountId account, LocalDate from, LocalDate to, String cursor, int limit) {
        checkRange(from, to, MAX_RANGE_DAYS);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Position after = cursor == null || cursor.isBlank() ? Position.startOf(Position.FIRST_DAY)
                : Cursor.parse(cursor);
        CalendarEntries.Page page = entries.page(account, from, to, after, limit);
        return new CalendarSlice(page.items(), page.next() == null ? null : Cursor.of(page.next()));
    }

    /**
     * The days from {@code from} to {@code to} that have something, each with its first {@code perDay}
     * entries and how many more: month and agenda views, whose size does not grow with the calendar.
     */
    public List<CalendarDay> days(AccountId account, LocalDate from, LocalDate to, int perDay) {
        checkRange(from, to, MAX_VIEW_DAYS);
        if (perDay < 1 || perDay > MAX_PER_DAY) {
            throw new InvalidInputException("perDay", "must be between 1 and " + MAX_PER_DAY);
        }
        return entries.days(account, from, to, perDay);
    }

    private static void checkRange(LocalDate from, LocalDate to, int maxDays) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "is required (YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must be on or after from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= maxDays) {
            throw new InvalidInputException("to", "a calendar range covers at most " + maxDays + " days");
        }
        if (from.getYear() < 1 || to.getYear() > Recurrence.LAST_YEAR) {
            throw new InvalidInputException("from", "must be in the years 1 to " + Recurrence.LAST_YEAR);
        }
    }

    /** The events a person is linked to, newest first (for their page). */
    public List<Event> eventsOf(AccountId account, String personId) {
        return entries.events(account, events.of(account, people.resolve(account, personId)));
    }

    /** Invitations received that still need an answer, for events from {@code from} on. */
    public List<Event> invitationsToAnswer(AccountId account, LocalDate from) {
        return entries.events(account, events.open(account, EventKind.INVITATION, from, from.plusYears(2)));
    }

    /** Achievements of the last {@code days} days up to {@code day} not yet congratulated. */
    public List<Event> achievementsToCongratulate(AccountId account, LocalDate day, int days) {
        return entries.events(account, events.open(account, EventKind.ACHIEVEMENT, day.minusDays(days), day));
    }

    /** The first {@code limit} stored events occurring in a range (no birthdays or editions), for digests. */
    List<CalendarEntry> stored(AccountId account, LocalDate from, LocalDate to, int limit) {
        return entries.storedFirst(account, from, to, limit);
    }
}
