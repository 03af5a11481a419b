package app.kith.insights;

import app.kith.interactions.InteractionService;
import app.kith.interactions.TouchSummary;
import app.kith.people.CadenceStatus;
import app.kith.people.Circle;
import app.kith.people.DueList;
import app.kith.people.DuePerson;
import app.kith.people.DueQuery;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who is overdue: people whose cadence has run out since their last real touch (asks never count).
 * Strained and repairing relationships are left to the bridges section. The people module says who
 * is due and how pressing it is (its due rule); this section says why and what to do about it.
 */
@Component
@Order(100)
class ReachOutSection implements TodayContribution {
    /** Above this many people to read by id, one pass over the whole index beats IN-lists of ids. */
    private static final Map<Circle, Integer> WEIGHTS = Arrays.stream(Circle.values())
            .collect(Collectors.toMap(c -> c, Cadences::weight));

    private final PeopleService people;
    private final InteractionService interactions;
    private final CadenceService cadences;

    ReachOutSection(PeopleService people, InteractionService interactions, CadenceService cadences) {
        this.people = people;
        this.interactions = interactions;
        this.cadences = cadences;
    }

    @Override
    public void contribute(AccountId account, TodayDigest digest) {
        LocalDate day = digest.date();
        DueQuery query = cadences.resolved(account).query(day, WEIGHTS, digest.reachOutLimit());
        DueList due = people.due(account, query, ids -> lastRealTouches(account, day, ids));
        digest.reachOutNotAdded(due.total() - due.people().size());
        Map<String, TouchSummary> touches = interactions.touchSummaries(account, day,
                due.people().stream().map(p -> p.facts().id()).toList());
        for (DuePerson person : due.people()) {
            add(digest, person, touches.getOrDefault(person.facts().id(), TouchSummary.none(person.facts().id())),
                    people.cadenceStatus(query, person.facts(), person.lastTouch()));
        }
    }

    private Map<String, LocalDate> lastRealTouches(AccountId account, LocalDate day, Collection<String> ids) {
        Map<String, LocalDate> last = new HashMap<>();
        interactions.touchSummaries(account, day, ids).forEach((id, summary) -> {
            if (summary.lastTouch() != null) {
                last.put(id, summary.lastTouch());
            }
        });
        return last;
    }

    private static void add(TodayDigest digest, DuePerson due, TouchSummary summary, CadenceStatus status) {
        RelationshipFacts person = due.facts();
        int overdue = (int) ChronoUnit.DAYS.between(due.due(), digest.date());
        boolean transactional = Reciprocity.transactional(summary.asked(), summary.total());
        Circle circle = person.relationship().circle();
        digest.reachOut(new ReachOut(new PersonRef(person.id(), person.name()), circle, due.cadence(),
                due.lastTouch(), due.due(), overdue, Math.round(due.priority() * 100) / 100.0,
                reason(person, due.cadence(), summary, digest.date()), Gives.reachOut(circle, transactional),
                transactional, status));
    }

    private static String reason(RelationshipFacts person, int cadence, TouchSummary summary, LocalDate day) {
        String rhythm = person.relationship().cadenceDays() != null ? "own cadence of " + cadence + " days"
                : person.relationship().circle().wire() + " circle, every " + cadence + " days";
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
}
