package app.kith.insights;

import app.kith.people.BridgeStatus;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Bridges ready for attention: strained relationships whose cooling-off has ended (or that have no
 * cooling-off date yet), and relationships being repaired, each with the planned first step.
 */
@Component
@Order(400)
class BridgeSection implements TodayContribution {
    private final PeopleService people;
    private final BridgePlans plans;

    BridgeSection(PeopleService people, BridgePlans plans) {
        this.people = people;
        this.plans = plans;
    }

    @Override
    public void contribute(AccountId account, TodayDigest digest) {
        List<RelationshipFacts> strained = people.mending(account);
        if (strained.isEmpty()) {
            return;
        }
        Map<String, BridgePlans.Plan> byPerson = plans.of(account, strained.stream().map(RelationshipFacts::id).toList());
        LocalDate day = digest.date();
        for (RelationshipFacts person : strained) {
            BridgePlans.Plan plan = byPerson.getOrDefault(person.id(),
                    new BridgePlans.Plan(person.id(), null, null, null, null));
            String reason;
            if (person.bridge() == BridgeStatus.REPAIRING) {
                reason = plan.firstStep() == null ? "repairing: decide on a gentle first step"
                        : "repairing: first step \"" + plan.firstStep() + "\""
                                + (plan.firstStepBy() == null ? ""
                                : plan.firstStepBy().isBefore(day) ? ", was due by " + plan.firstStepBy()
                                : " by " + plan.firstStepBy());
            } else if (plan.coolingOffUntil() == null) {
                reason = "strained, with no cooling-off date: decide when and how to reach out again";
            } else if (plan.coolingOffUntil().isAfter(day)) {
                continue;
            } else {
                reason = "cooling-off ended " + plan.coolingOffUntil() + (plan.firstStep() == null
                        ? ": time to plan a gentle first step" : ": planned first step \"" + plan.firstStep() + "\"");
            }
            digest.bridge(new BridgeItem(new PersonRef(person.id(), person.name()), person.bridge(),
                    plan.whatHappened(), plan.coolingOffUntil(), plan.firstStep(), plan.firstStepBy(), reason));
        }
    }
}
