package app.kith.interactions;

import app.kith.people.PeopleService;
import app.kith.people.TouchesLogged;
import app.kith.people.TouchesRecounted;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
import app.kith.shared.Patch;
import app.kith.shared.Text;
import app.kith.storage.Chunks;
import app.kith.storage.IdFilter;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The interactions module's API: log, change, list and summarize what happened with people. */
@Service
public class InteractionService {
    private static final int LATEST_PER_STATEMENT = 50;

    private final Interactions interactions;
    private final TouchSummaries touches;
    private final PersonTouches personTouches;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InteractionService(Interactions interactions, TouchSummaries touches, PersonTouches personTouches,
                       PeopleService people, ApplicationEventPublisher events, Clock clock) {
        this.interactions = interactions;
        this.touches = touches;
        this.personTouches = personTouches;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Records an interaction; direction defaults to neutral and the date to today. */
    @Transactional
    public Interaction log(AccountId account, InteractionChanges changes) {
        if (changes.participants() == null || changes.participants().isEmpty()) {
            throw new InvalidInputException("participants", "name at least one person");
        }
        if (changes.kind() == null || changes.kind().isBlank()) {
            throw new InvalidInputException("kind", "is required (" + Choice.choices(InteractionKind.class) + ")");
        }
        List<String> participants = people.resolveAll(account, changes.participants());
        Direction direction = Choice.parse(Direction.class, "direction", changes.direction());
        Interaction interaction = new Interaction(Ids.newId(),
                Choice.parse(InteractionKind.class, "kind", changes.kind()),
                direction == null ? Direction.NEUTRAL : direction,
                changes.date() == null || changes.date().isBlank() ? LocalDate.now(clock) : date(changes.date()),
                Text.limited("notes", changes.notes(), 20000), participants, clock.instant());
        logAll(account, List.of(interaction));
        return interaction;
    }

    /**
     * Records many interactions at once (imports, the synthetic network, sources capturing touches, each
     * interaction carrying its source's id). Participants must already be people of this account; the
     * database's foreign keys refuse anything else.
     */
    @Transactional
    public void logAll(AccountId account, List<Interaction> all) {
        interactions.insertAll(account, all);
        if (!all.isEmpty()) {
            events.publishEvent(new InteractionsChanged(account));
        }
        // Added interactions can only move a last touch forward: each participant's latest new real
        // touch is kept where it is later than the one recorded.
        Map<String, LocalDate> latest = latestRealTouches(all);
        if (!latest.isEmpty()) {
            events.publishEvent(new TouchesLogged(account, latest));
        }
    }

    /**
     * Each participant's latest real touch (anything but an ask) among these interactions: what logging
     * them moves their last touch forward to.
     */
    public static Map<String, LocalDate> latestRealTouches(Collection<Interaction> all) {
        Map<String, LocalDate> latest = new HashMap<>();
        for (Interaction i : all) {
            if (i.direction() != Direction.ASKED) {
                i.participantIds().forEach(id -> latest.merge(id, i.date(), (a, b) -> a.isAfter(b) ? a : b));
            }
        }
        return latest;
    }

    /** What the interactions of these people are, so an import can tell which it already holds. */
    public Set<InteractionKey> keys(AccountId account, Collection<String> personIds) {
        Set<InteractionKey> keys = new HashSet<>();
        for (List<String> chunk : Chunks.of(personIds)) {
            keys.addAll(interactions.keys(account, chunk));
        }
        return keys;
    }

    @Transactional
    public Interaction update(AccountId account, String id, InteractionChanges changes) {
        Interaction current = get(account, id);
        List<String> participants = current.participantIds();
        if (changes.participants() != null) {
            if (changes.participants().isEmpty()) {
                throw new InvalidInputException("participants", "name at least one person");
            }
            participants = people.resolveAll(account, changes.participants());
        }
        Interaction updated = new Interaction(id,
                Patch.field(changes.kind(), current.kind(), v -> Choice.parse(InteractionKind.class, "kind", v)),
                Patch.field(changes.direction(), current.direction(),
                        v -> Choice.parse(Direction.class, "direction", v)),
                Patch.field(changes.date(), current.date(), v -> date(v)),
                Patch.field(changes.notes(), current.notes(), v -> Text.limited("notes", v, 20000)), participants,
                current.createdAt(), current.sourceId());
        if (updated.kind() == null || updated.direction() == null) {
            throw new InvalidInputException(updated.kind() == null ? "kind" : "direction", "cannot be empty");
        }
        interactions.update(account, updated);
        Set<String> touched = new HashSet<>(current.participantIds());
        touched.addAll(participants);
        refreshLastTouches(account, touched);
        return get(account, id);
    }

    @Transactional
    public void delete(AccountId account, String id) {
        Interaction gone = get(account, id);
        interactions.delete(account, id);
        refreshLastTouches(account, gone.participantIds());
    }

    /** How many interactions a source captured that are still there. */
    public int countCaptured(AccountId account, String sourceId) {
        return interactions.countBySource(account, sourceId);
    }

    /**
     * Deletes every interaction a source captured, in one statement, and recounts the last touches of
     * everyone who took part; returns how many were deleted.
     */
    @Transactional
    public int deleteCaptured(AccountId account, String sourceId) {
        Set<String> touched = new HashSet<>();
        interactions.bySource(account, sourceId).values().forEach(touched::addAll);
        int deleted = interactions.deleteBySource(account, sourceId);
        refreshLastTouches(account, touched);
        return deleted;
    }

    public Interaction get(AccountId account, String id) {
        Interactions.Row row = Ids.found("interaction", id, i -> interactions.find(account, i));
        return withParticipants(account, List.of(row)).getFirst();
    }

    public Page<Interaction> list(AccountId account, InteractionFilter filter, Page.Request page) {
        InteractionFilter resolved = filter.personId() == null ? filter
                : new InteractionFilter(people.resolve(account, filter.personId()), filter.kind(), filter.direction(),
                        filter.from(), filter.to());
        Page<Interactions.Row> rows = interactions.list(account, resolved, page);
        return new Page<>(withParticipants(account, rows.items()), rows.page(), rows.size(), rows.total());
    }

    /** A person's most recent interactions, newest first. */
    public List<Interaction> recent(AccountId account, String personId, int limit) {
        return list(account, new InteractionFilter(personId, null, null, null, null), Page.Request.of(0, limit))
                .items();
    }

    /**
     * Each of a few people's (ids as resolved) latest {@code limit} interactions up to the day, newest
     * first, with their notes: in one statement for all of them.
     */
    public Map<String, List<PersonTouch>> latestWith(AccountId account, Collection<String> personIds, LocalDate day,
                                                     int limit) {
        Map<String, List<PersonTouch>> latest = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(personIds));
        // A subquery per person: statements of a bounded size however many are asked about.
        for (int i = 0; i < ids.size(); i += LATEST_PER_STATEMENT) {
            latest.putAll(personTouches.latest(account, ids.subList(i, Math.min(ids.size(), i + LATEST_PER_STATEMENT)),
                    day, limit));
        }
        return latest;
    }

    /**
     * Each person's (ids as resolved) interactions of these directions in the days after {@code from}
     * up to {@code to}, newest first, with their notes; people with none are left out.
     */
    public Map<String, List<PersonTouch>> touchesWith(AccountId account, Collection<String> personIds,
                                                      LocalDate from, LocalDate to, Set<Direction> directions) {
        Map<String, List<PersonTouch>> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(personIds)) {
            found.putAll(personTouches.between(account, chunk, from, to, directions));
        }
        return found;
    }

    /** The date of each person's latest interaction; people never met are left out. */
    public Map<String, LocalDate> lastInteractionDates(AccountId account, Collection<String> personIds) {
        Map<String, LocalDate> last = new HashMap<>();
        for (List<String> chunk : Chunks.of(personIds)) {
            last.putAll(interactions.lastDates(account, chunk));
        }
        return last;
    }

    /**
     * Touch aggregates as of a day for these people (ids as resolved); people never met are left out.
     * For most of a large network the touch index is read in one pass instead of by id.
     */
    public Map<String, TouchSummary> touchSummaries(AccountId account, LocalDate day, Collection<String> personIds) {
        return touches.of(account, day, IdFilter.on("person_id", personIds));
    }

    /**
     * One person's (id as resolved) touch aggregates as of each of these days, in one statement: how the
     * relationship stood then. Days before any interaction are left out.
     */
    public Map<LocalDate, TouchSummary> touchSummariesAt(AccountId account, String personId, List<LocalDate> days) {
        return touches.at(account, personId, days);
    }

    /** How many setbacks one person had in the {@code window} days up to each of these days (none: left out). */
    public Map<LocalDate, Integer> setbackCountsAt(AccountId account, String personId, List<LocalDate> days,
                                                   int window) {
        return touches.setbacksAt(account, personId, days, window);
    }

    /** The directions of the person's (id as resolved) latest interactions up to the day, newest first. */
    public List<Direction> latestDirections(AccountId account, String personId, LocalDate day, int limit) {
        return touches.latestDirections(account, personId, day, limit);
    }

    /**
     * Touches a month by direction from the month of {@code from} on, with one person (id as resolved),
     * or with anyone when {@code personId} is null: what the pictures of a relationship are drawn from.
     */
    public List<MonthTouches> months(AccountId account, String personId, LocalDate from) {
        return touches.months(account, personId, from.withDayOfMonth(1));
    }

    /** How many setbacks each of these people had in the days after {@code from} up to {@code to}. */
    public Map<String, Integer> setbackCounts(AccountId account, Collection<String> personIds, LocalDate from,
                                              LocalDate to) {
        return touches.setbacks(account, IdFilter.on("ip.person_id", personIds), from, to);
    }

    /**
     * For each of these people, who else took part in the same interactions and how many times:
     * people who were together with you.
     */
    public Map<String, Map<String, Integer>> coParticipants(AccountId account, Collection<String> personIds) {
        Map<String, Map<String, Integer>> result = new HashMap<>();
        for (List<String> chunk : Chunks.of(personIds)) {
            result.putAll(touches.coParticipants(account, chunk));
        }
        return result;
    }

    /**
     * Among these people (at most {@link Chunks#SIZE}), the pairs who took part in the same interactions
     * and how many times, the smaller id first: what they did together, with no one outside them read.
     */
    public Map<String, Map<String, Integer>> togetherAmong(AccountId account, Collection<String> personIds) {
        List<List<String>> chunks = Chunks.of(personIds);
        if (chunks.size() > 1) {
            throw new IllegalArgumentException("at most " + Chunks.SIZE + " people, not " + personIds.size());
        }
        return chunks.isEmpty() ? Map.of() : touches.togetherAmong(account, chunks.getFirst());
    }

    /**
     * Announces that the interactions changed, and these people's latest real touch for "who is due"
     * (people module). Every change to interactions or their participants but a new one calls it,
     * including merges that move participants.
     */
    @Transactional
    public void refreshLastTouches(AccountId account, Collection<String> personIds) {
        events.publishEvent(new InteractionsChanged(account));
        for (List<String> chunk : Chunks.of(personIds)) {
            Map<String, LocalDate> last = new HashMap<>(touches.lastRealTouches(account, chunk));
            chunk.forEach(id -> last.putIfAbsent(id, null));
            events.publishEvent(new TouchesRecounted(account, last));
        }
    }

    private List<Interaction> withParticipants(AccountId account, List<Interactions.Row> rows) {
        Map<String, List<String>> participants =
                interactions.participants(account, rows.stream().map(Interactions.Row::id).toList());
        List<Interaction> result = new ArrayList<>(rows.size());
        for (Interactions.Row r : rows) {
            result.add(new Interaction(r.id(), r.kind(), r.direction(), r.date(), r.notes(),
                    participants.getOrDefault(r.id(), List.of()), r.createdAt(), r.sourceId()));
        }
        return result;
    }

    /** Reads a YYYY-MM-DD date given by a user, naming the field when it is not one. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("date", "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
