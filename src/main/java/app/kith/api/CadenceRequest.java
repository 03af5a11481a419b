package app.kith.api;

import app.kith.shared.InvalidInputException;

/**
 * The body of {@code PATCH /settings/cadences/{circle}}. {@code days} is required: with a single
 * field, a missing one cannot mean "leave it", and silently resetting to the default would surprise.
 */
record CadenceRequest(Integer days) {

    Integer requiredDays() {
        if (days == null) {
            throw new InvalidInputException("days", "is required: a number of days, or 0 for Kith's default");
        }
        return days;
    }
}
