package app.kith.insights;

import app.kith.interactions.InteractionService;
import app.kith.interactions.TouchSummary;
import app.kith.people.BridgeStatus;
import app.kith.people.Circle;
import app.kith.people.DueList;
import app.kith.people.DuePerson;
import app.kith.people.DueQuery;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who is overdue: people whose cadence has run out since their last real touch (asks never count).
 * Strained and repairing relationships are left to the bridges section. The people module keeps each
 * person's latest real touch, so the most overdue come ranked from one query over people; only
 * people touched after the day asked about (few for today, many for a day long past) need their
 * history read, and when that is most of the network one pass over the touch index does it all.
 */
@Component
@Order(100)
class ReachOutSection implements TodayContribution {
    /** Above this many people to read by id, one pass over the whole index beats IN-lists of ids. */
    private static final int BY_ID_LIMIT = 2000;
    private static final Map<Circle, Integer> WEIGHTS = Arrays.stream(Circle.values())
            .collect(Collectors.toMap(c -> c, Cadences::weight));

    private final PeopleService people;
    private final InteractionService interactions;
    private final CadenceService cadences;
    private final int byIdLimit;

    @Autowired
    ReachOutSection(PeopleService people, InteractionService interactions, CadenceService cadences) {
        this(people, interactions, cadences, BY_ID_LIMIT);
    }

    /** With {@code byIdLimit} -1 every digest takes the one-pass path (tests compare the two paths). */
    ReachOutSection(PeopleService people, InteractionService interactions, CadenceService cadences, int byIdLimit) {
        this.people = people;
        this.interactions = interactions;
        this.cadences = cadences;
        this.byIdLimit = byIdLimit;
    }

    @Override
    public void contribute(AccountId account, TodayDigest digest) {
        LocalDate day = digest.date();
        Cadences resolved = cadences.resolved(account);
        List<String> touchedLater = people.touchedAfter(account, day);
        List<RelationshipFacts> candidates;
        Map<String, TouchSummary> touches;
        if (touchedLater.size() > byIdLimit) {
            candidates = people.trackedFacts(account).stream().filter(ReachOutSection::notMending).toList();
            touches = interactions.touchSummaries(account, day);
        } else {
            DueList due = people.due(account, new DueQuery(day, resolved.days(), WEIGHTS,
                    digest.reachOutLimit()));
            digest.reachOutNotAdded(due.total() - due.people().size());
            candidates = new ArrayList<>(due.people().stream().map(DuePerson::facts).toList());
            candidates.addAll(people.facts(account, touchedLater));
            touches = interactions.touchSummaries(account, day, candidates.stream().map(RelationshipFacts::id).toList());
        }
        for (RelationshipFacts person : candidates) {
            Integer cadence = resolved.of(person);
            if (cadence != null) {
                add(digest, person, cadence, touches.getOrDefault(person.id(), TouchSummary.none(person.id())));
            }
        }
    }

    private static boolean notMending(RelationshipFacts person) {
        return person.bridge() != BridgeStatus.STRAINED && person.bridge() != BridgeStatus.REPAIRING;
    }

    private static void add(TodayDigest digest, RelationshipFacts person, int cadence, TouchSummary summary) {
        LocalDate day = digest.date();
        LocalDate due = summary.lastTouch() != null ? summary.lastTouch().plusDays(cadence)
                : (person.addedOn().isBefore(day) ? person.addedOn() : day);
        if (due.isAfter(day)) {
            return;
        }
        long overdue = ChronoUnit.DAYS.between(due, day);
        double priority = Cadences.weight(person.circle()) * (overdue + cadence) / (double) cadence;
        boolean transactional = Reciprocity.transactional(summary.asked(), summary.total());
        digest.reachOut(new ReachOut(new PersonRef(person.id(), person.name()), person.circle(), cadence,
                summary.lastTouch(), due, (int) overdue, Math.round(priority * 100) / 100.0,
                reason(person, cadence, summary, day), suggestion(person.circle(), transactional), transactional));
    }

    private static String reason(RelationshipFacts person, int cadence, TouchSummary summary, LocalDate day) {
        String rhythm = person.cadenceDays() != null ? "own cadence of " + cadence + " days"
                : person.circle().wire() + " circle, every " + cadence + " days";
        if (summary.lastTouch() == null) {
            return rhythm + ": no real touch yet"
                    + (summary.lastInteraction() != null ? " (asks don't count)" : "");
        }
        String text = rhythm + ": last real touch " + HealthFormula.ago(ChronoUnit.DAYS.between(summary.lastTouch(),
                day)) + " (" + summary.lastTouch() + ")";
        if (summary.lastInteraction() != null && summary.lastInteraction().isAfter(summary.lastTouch())) {
            text += "; asks since then don't count";
        }
        return text;
    }

    static String suggestion(Circle circle, boolean transactional) {
        if (transactional) {
            return "give without asking: congratulate them, share something useful, offer an introduction or write a note";
        }
        return switch (circle) {
            case INNER -> "call or meet, just to catch up";
            case CLOSE -> "suggest a coffee or a call";
            case NETWORK -> "send a short note: share something useful or congratulate a recent win";
            case ACQUAINTANCE, NONE -> "say hello with something useful to them";
        };
    }
}
