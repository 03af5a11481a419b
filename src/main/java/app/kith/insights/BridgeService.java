package app.kith.insights;

import app.kith.interactions.InteractionService;
import app.kith.people.BridgeStatus;
import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Patch;
import app.kith.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repairing burned bridges: {@code ok} → {@code strained} (what happened, a cooling-off date) →
 * {@code repairing} (a first step and when by) → {@code restored}. A relationship can strain again
 * from any status. The status is the person's; the plan is kept here, in the insights module's own
 * table, so the people module does not carry repair details it never uses.
 */
@Service
public class BridgeService {
    private final PeopleService people;
    private final BridgePlans plans;
    private final Clock clock;

    BridgeService(PeopleService people, BridgePlans plans, Clock clock) {
        this.people = people;
        this.plans = plans;
        this.clock = clock;
    }

    public Bridge bridge(AccountId account, String personId) {
        Person person = people.get(account, personId);
        BridgePlans.Plan plan = plans.find(account, person.id())
                .orElse(new BridgePlans.Plan(person.id(), null, null, null, null));
        return new Bridge(new PersonRef(person.id(), person.name()), person.relationship().bridge(),
                plan.whatHappened(), plan.coolingOffUntil(), plan.firstStep(), plan.firstStepBy());
    }

    /** Marks the relationship strained: what happened and a cooling-off date are required. */
    @Transactional
    public Bridge strain(AccountId account, String personId, BridgeChanges changes) {
        Bridge current = notSelf(account, personId);
        BridgePlans.Plan plan = new BridgePlans.Plan(current.person().id(),
                required("whatHappened", changes.whatHappened(), current.whatHappened()),
                date("coolingOffUntil", changes.coolingOffUntil(), current.coolingOffUntil()),
                optional("firstStep", changes.firstStep(), current.firstStep()),
                dateOrNull("firstStepBy", changes.firstStepBy(), current.firstStepBy()));
        if (plan.coolingOffUntil() == null) {
            throw new InvalidInputException("coolingOffUntil", "is required: until when to give it time (YYYY-MM-DD)");
        }
        return save(account, plan, BridgeStatus.STRAINED);
    }

    /** Starts (or updates) the repair: a first step and the day to take it by are required. */
    @Transactional
    public Bridge repair(AccountId account, String personId, BridgeChanges changes) {
        Bridge current = notSelf(account, personId);
        if (current.status() != BridgeStatus.STRAINED && current.status() != BridgeStatus.REPAIRING) {
            throw new ConflictException("only a strained relationship can be repaired; this one is "
                    + current.status().wire());
        }
        BridgePlans.Plan plan = new BridgePlans.Plan(current.person().id(),
                optional("whatHappened", changes.whatHappened(), current.whatHappened()), current.coolingOffUntil(),
                required("firstStep", changes.firstStep(), current.firstStep()),
                date("firstStepBy", changes.firstStepBy(), current.firstStepBy()));
        if (plan.firstStepBy() == null) {
            throw new InvalidInputException("firstStepBy", "is required: when to take the first step (YYYY-MM-DD)");
        }
        return save(account, plan, BridgeStatus.REPAIRING);
    }

    /** The repair worked: the relationship is restored and back on its normal cadence. */
    @Transactional
    public Bridge restore(AccountId account, String personId) {
        Bridge current = notSelf(account, personId);
        if (current.status() != BridgeStatus.REPAIRING) {
            throw new ConflictException("only a relationship being repaired can be restored; this one is "
                    + current.status().wire());
        }
        people.update(account, current.person().id(), status(BridgeStatus.RESTORED));
        return bridge(account, current.person().id());
    }

    private Bridge save(AccountId account, BridgePlans.Plan plan, BridgeStatus status) {
        plans.save(account, plan, clock.instant().toString());
        people.update(account, plan.personId(), status(status));
        return bridge(account, plan.personId());
    }

    private Bridge notSelf(AccountId account, String personId) {
        Bridge bridge = bridge(account, personId);
        if (bridge.person().id().equals(people.selfId(account))) {
            throw new InvalidInputException("person", "that is you: bridges are relationships with others");
        }
        return bridge;
    }

    private static PersonChanges status(BridgeStatus status) {
        return PersonChanges.builder().bridge(status.wire()).build();
    }

    private static String required(String field, String given, String current) {
        String value = optional(field, given, current);
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    private static String optional(String field, String given, String current) {
        return Patch.field(given, current, v -> Text.limited(field, v, 2000));
    }

    private static LocalDate date(String field, String given, LocalDate current) {
        return dateOrNull(field, given, current);
    }

    private static LocalDate dateOrNull(String field, String given, LocalDate current) {
        if (given == null) {
            return current;
        }
        if (given.isBlank()) {
            return null;
        }
        try {
            return InteractionService.date(given);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, "'" + given + "' is not a date (YYYY-MM-DD)");
        }
    }
}
