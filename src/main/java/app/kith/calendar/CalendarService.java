package app.kith.calendar;

import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar module's API: record, change and answer events, congratulate achievements, and read
 * the calendar for a month or any range (agenda), with birthdays and conference editions included.
 */
@Service
public class CalendarService {
    /** The longest range one calendar query may cover. */
    public static final int MAX_RANGE_DAYS = 400;

    private static final Executor ALONGSIDE = Executors.newVirtualThreadPerTaskExecutor();

    private final Events events;
    private final EventEditor editor;
    private final CalendarEntries entries;
    private final InteractionService interactions;
    private final PeopleService people;
    private final Clock clock;

    CalendarService(Events events, EventEditor editor, CalendarEntries entries, InteractionService interactions,
                    PeopleService people, Clock clock) {
        this.events = events;
        this.editor = editor;
        this.entries = entries;
        this.interactions = interactions;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public Event create(AccountId account, EventChanges changes) {
        EventEditor.Edit edit = editor.create(account, changes, clock.instant());
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
        if (!Ids.looksValid(id)) {
            throw new NotFoundException("event", String.valueOf(id));
        }
        Events.Row row = events.find(account, id).orElseThrow(() -> new NotFoundException("event", id));
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

    /** Everything in the calendar from {@code from} to {@code to} (inclusive), by day then time. */
    public List<CalendarEntry> between(AccountId account, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "is required (YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must be on or after from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new InvalidInputException("to", "a calendar range covers at most " + MAX_RANGE_DAYS + " days");
        }
        // Birthdays and editions are read on a virtual thread while this one reads the stored events:
        // a month of a large network holds thousands of each, and the two reads need nothing of each other.
        CompletableFuture<List<CalendarEntry>> derived = CompletableFuture.supplyAsync(() -> {
            List<CalendarEntry> list = new ArrayList<>(entries.birthdays(account, from, to));
            list.addAll(entries.conferences(account, from, to));
            return list;
        }, ALONGSIDE);
        List<CalendarEntry> all = new ArrayList<>(entries.stored(account, from, to));
        all.addAll(joined(derived));
        all.sort(CalendarService::chronologically);
        return all;
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** By day, then time (all-day entries first), title and id; written out, as a month sorts thousands. */
    private static int chronologically(CalendarEntry a, CalendarEntry b) {
        int order = a.date().compareTo(b.date());
        if (order != 0) {
            return order;
        }
        if (a.startsAt() == null || b.startsAt() == null) {
            order = a.startsAt() == null ? (b.startsAt() == null ? 0 : -1) : 1;
        } else {
            order = a.startsAt().compareTo(b.startsAt());
        }
        if (order != 0) {
            return order;
        }
        order = a.title().compareTo(b.title());
        return order != 0 ? order : a.id().compareTo(b.id());
    }

    /** A month's calendar, for the month view. */
    public List<CalendarEntry> month(AccountId account, YearMonth month) {
        return between(account, month.atDay(1), month.atEndOfMonth());
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

    /** The stored events of each of these kinds occurring in a range, for digests. */
    List<CalendarEntry> stored(AccountId account, LocalDate from, LocalDate to) {
        return entries.stored(account, from, to);
    }
}
