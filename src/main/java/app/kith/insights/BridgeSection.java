package app.kith.insights;

import app.kith.people.BridgeStatus;
import app.kith.people.PeopleService;
import app.kith.people.Mending;
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
        List<Mending> strained = people.mending(account);
        if (strained.isEmpty()) {
            return;
        }
        Map<String, BridgePlans.Plan> byPerson = plans.of(account, strained.stream().map(Mending::personId).toList());
        LocalDate day = digest.date();
        for (Mending person : strained) {
            BridgePlans.Plan plan = byPerson.getOrDefault(person.personId(),
                    new BridgePlans.Plan(person.personId(), null, null, null, null));
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
            digest.bridge(new BridgeItem(new PersonRef(person.personId(), person.name()), person.bridge(),
                    plan.whatHappened(), plan.coolingOffUntil(), plan.firstStep(), plan.firstStepBy(), reason));
        }
    }
}
