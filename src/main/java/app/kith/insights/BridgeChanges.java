package app.kith.insights;

/**
 * What to set on a repair plan; null leaves a field as it is. Dates are {@code YYYY-MM-DD}.
 */
public record BridgeChanges(String whatHappened, String coolingOffUntil, String firstStep, String firstStepBy) {
}
