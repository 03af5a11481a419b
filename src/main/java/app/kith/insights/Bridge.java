package app.kith.insights;

import app.kith.people.BridgeStatus;
import java.time.LocalDate;

/**
 * A relationship's bridge: its status (ok → strained → repairing → restored) and the repair plan.
 *
 * @param whatHappened     what strained the relationship, in the user's words
 * @param coolingOffUntil  no nudges before this day; then Today offers the first step
 * @param firstStep        the gentle first step planned
 * @param firstStepBy      the day the first step should be taken by
 */
public record Bridge(PersonRef person, BridgeStatus status, String whatHappened, LocalDate coolingOffUntil,
                     String firstStep, LocalDate firstStepBy) {
}
