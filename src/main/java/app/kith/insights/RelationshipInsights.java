package app.kith.insights;

import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionService;
import app.kith.interactions.TouchSummary;
import app.kith.people.DueQuery;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Health, reciprocity and trust-stage suggestions for relationships, each for a given day so the
 * answer is reproducible. The account's own person has no relationship health.
 */
@Service
public class RelationshipInsights {
    private static final int ASK_STREAK_READ = 20;

    private final PeopleService people;
    private final InteractionService interactions;
    private final CadenceService cadences;

    RelationshipInsights(PeopleService people, InteractionService interactions, CadenceService cadences) {
        this.people = people;
        this.interactions = interactions;
        this.cadences = cadences;
    }

    /** The health of the relationship with one person ("self" is refused: it is you). */
    public Health health(AccountId account, String personId, LocalDate day) {
        return health(account, other(account, personId), day);
    }

    /** The health of the relationship with someone already read (a person page); "self" is refused. */
    public Health health(AccountId account, RelationshipFacts person, LocalDate day) {
        notYou(person);
        Cadences resolved = cadences.resolved(account);
        TouchSummary summary = summary(account, person.id(), day);
        int setbacks = interactions.setbackCounts(account, List.of(person.id()),
                day.minusDays(HealthFormula.SETBACK_DAYS), day).getOrDefault(person.id(), 0);
        return HealthFormula.health(new PersonRef(person.id(), person.name()), summary, resolved.forHealth(person),
                resolved.of(person) != null, askStreak(account, person.id(), day), setbacks, day,
                people.cadenceStatus(resolved.query(day, Map.of(), 0), person, summary.lastTouch()));
    }

    /**
     * The health score at the end of each of the last {@code months} months (the last one today), worked
     * out from the interactions as they stood then with the person's cadence of today: how the
     * relationship has gone, derived, never stored. Oldest first.
     */
    /**
     * The health score at the end of each of the last {@code months} months (the last one on {@code day}),
     * leading up to a health already worked out for the day, at its cadence: how the relationship has
     * gone, derived from the interactions as they stood then, never stored. Oldest first.
     */
    public HealthHistory healthHistory(AccountId account, Health now, int months, LocalDate day) {
        return healthHistory(account, now.person().id(), now.cadenceDays(), months, day);
    }

    private HealthHistory healthHistory(AccountId account, String personId, int cadence, int months, LocalDate day) {
        List<YearMonth> shown = new ArrayList<>(months);
        List<LocalDate> ends = new ArrayList<>(months);
        for (int back = months - 1; back >= 0; back--) {
            YearMonth month = YearMonth.from(day).minusMonths(back);
            shown.add(month);
            ends.add(back == 0 ? day : month.atEndOfMonth());
        }
        Map<LocalDate, TouchSummary> summaries = interactions.touchSummariesAt(account, personId, ends);
        Map<LocalDate, Integer> setbacks = interactions.setbackCountsAt(account, personId, ends,
                HealthFormula.SETBACK_DAYS);
        List<HealthPoint> points = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            LocalDate end = ends.get(i);
            points.add(new HealthPoint(shown.get(i), HealthFormula.score(
                    summaries.getOrDefault(end, TouchSummary.none(personId)), cadence,
                    setbacks.getOrDefault(end, 0), end)));
        }
        return new HealthHistory(cadence, List.copyOf(points));
    }

    private TouchSummary summary(AccountId account, String personId, LocalDate day) {
        return interactions.touchSummaries(account, day, List.of(personId))
                .getOrDefault(personId, TouchSummary.none(personId));
    }

    /**
     * The health score and last interaction (up to the day) of many people at once, for lists, cards
     * and paths; the account's own person is left out.
     */
    public Map<String, Standing> standings(AccountId account, Collection<String> personIds, LocalDate day) {
        Cadences resolved = cadences.resolved(account);
        List<RelationshipFacts> facts = people.facts(account, personIds).stream().filter(f -> !f.self()).toList();
        List<String> ids = facts.stream().map(RelationshipFacts::id).toList();
        LocalDate setbacksFrom = day.minusDays(HealthFormula.SETBACK_DAYS);
        Map<String, TouchSummary> summaries = interactions.touchSummaries(account, day, ids);
        Map<String, Integer> setbacks = interactions.setbackCounts(account, ids, setbacksFrom, day);
        DueQuery due = resolved.query(day, Map.of(), 0);
        Map<String, Standing> standings = new HashMap<>();
        for (RelationshipFacts f : facts) {
            TouchSummary summary = summaries.getOrDefault(f.id(), TouchSummary.none(f.id()));
            standings.put(f.id(), new Standing(HealthFormula.score(summary, resolved.forHealth(f),
                    setbacks.getOrDefault(f.id(), 0), day), summary.lastInteraction(),
                    people.cadenceStatus(due, f, summary.lastTouch())));
        }
        return standings;
    }

    /** Gave / received / mutual / asked / neutral over the 12 months up to the day. */
    public Reciprocity reciprocity(AccountId account, String personId, LocalDate day) {
        return HealthFormula.reciprocity(summary(account, other(account, personId).id(), day), day);
    }

    /** A change of trust stage the history up to the day supports, if any; never applied automatically. */
    public Optional<TrustSuggestion> trustSuggestion(AccountId account, String personId, LocalDate day) {
        RelationshipFacts person = other(account, personId);
        List<Interaction> history = interactions.list(account,
                new InteractionFilter(person.id(), null, null, null, day), new Page.Request(0, 1000)).items();
        return TrustAdvisor.suggest(new PersonRef(person.id(), person.name()), person.relationship().trust(), history,
                day);
    }

    /** The partnerships list: people whose relationship is a partnership or both, by name. */
    public List<Partnership> partnerships(AccountId account, LocalDate day) {
        List<RelationshipFacts> partners = people.partners(account);
        List<String> ids = partners.stream().map(RelationshipFacts::id).toList();
        Map<String, Standing> standings = standings(account, ids, day);
        Map<String, Integer> setbacks = interactions.setbackCounts(account, ids, day.minusDays(365), day);
        return partners.stream().map(p -> new Partnership(new PersonRef(p.id(), p.name()), p.relationship().kind(),
                p.relationship().partnershipStage(), p.relationship().partnershipCase(),
                standings.containsKey(p.id()) ? standings.get(p.id()).health() : 0,
                setbacks.getOrDefault(p.id(), 0))).toList();
    }

    /** How many of the person's latest interactions in a row were asks (up to {@value #ASK_STREAK_READ}). */
    private int askStreak(AccountId account, String personId, LocalDate day) {
        int streak = 0;
        for (Direction direction : interactions.latestDirections(account, personId, day, ASK_STREAK_READ)) {
            if (direction != Direction.ASKED) {
                break;
            }
            streak++;
        }
        return streak;
    }

    private RelationshipFacts other(AccountId account, String personId) {
        String id = people.resolve(account, personId);
        return notYou(people.facts(account, List.of(id)).getFirst());
    }

    private static RelationshipFacts notYou(RelationshipFacts person) {
        if (person.self()) {
            throw new InvalidInputException("person", "that is you: health is about your relationships with others");
        }
        return person;
    }
}
