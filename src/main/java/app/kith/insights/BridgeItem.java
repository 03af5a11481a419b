package app.kith.insights;

import app.kith.people.BridgeStatus;
import java.time.LocalDate;

/** A strained relationship whose cooling-off has ended, or one being repaired, with the planned first step. */
public record BridgeItem(PersonRef person, BridgeStatus status, String whatHappened, LocalDate coolingOffUntil,
                         String firstStep, LocalDate firstStepBy, String reason) {
}
