package app.kith.insights;

import app.kith.interactions.InteractionService;
import app.kith.interactions.TouchSummary;
import app.kith.people.BridgeStatus;
import app.kith.people.Circle;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who is overdue: people whose cadence has run out since their last real touch (asks never count).
 * Strained and repairing relationships are left to the bridges section. Two queries in all: the
 * tracked people, and one aggregate of touches.
 */
@Component
@Order(100)
class ReachOutSection implements TodayContribution {
    /** Above this many tracked people one pass over the whole index beats IN-lists of ids. */
    private static final int BY_ID_LIMIT = 2000;

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
        List<RelationshipFacts> tracked = people.trackedFacts(account).stream()
                .filter(p -> p.bridge() != BridgeStatus.STRAINED && p.bridge() != BridgeStatus.REPAIRING).toList();
        if (tracked.isEmpty()) {
            return;
        }
        Cadences resolved = cadences.resolved(account);
        Map<String, TouchSummary> touches = tracked.size() <= BY_ID_LIMIT
                ? interactions.touchSummaries(account, day, tracked.stream().map(RelationshipFacts::id).toList())
                : interactions.touchSummaries(account, day);
        for (RelationshipFacts person : tracked) {
            Integer cadence = resolved.of(person);
            if (cadence == null) {
                continue;
            }
            TouchSummary summary = touches.getOrDefault(person.id(), TouchSummary.none(person.id()));
            LocalDate due = summary.lastTouch() != null ? summary.lastTouch().plusDays(cadence)
                    : (person.addedOn().isBefore(day) ? person.addedOn() : day);
            if (due.isAfter(day)) {
                continue;
            }
            long overdue = ChronoUnit.DAYS.between(due, day);
            double priority = Cadences.weight(person.circle()) * (overdue + cadence) / (double) cadence;
            boolean transactional = Reciprocity.transactional(summary.asked(), summary.total());
            digest.reachOut(new ReachOut(new PersonRef(person.id(), person.name()), person.circle(), cadence,
                    summary.lastTouch(), due, (int) overdue, Math.round(priority * 100) / 100.0,
                    reason(person, cadence, summary, day), suggestion(person.circle(), transactional), transactional));
        }
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
