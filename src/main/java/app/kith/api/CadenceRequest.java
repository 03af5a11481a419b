package app.kith.api;

import app.kith.shared.InvalidInputException;

/**
 * The body of {@code PATCH /settings/cadences/{circle}}: the ideal interval {@code days} and the
 * maximum interval {@code maximumDays}, each a number of days or 0 for Kith's default; one left out
 * stays as it is. At least one is required: an empty body would silently do nothing.
 */
record CadenceRequest(Integer days, Integer maximumDays) {

    CadenceRequest requireOne() {
        if (days == null && maximumDays == null) {
            throw new InvalidInputException("days",
                    "is required (or maximumDays): a number of days, or 0 for Kith's default");
        }
        return this;
    }
}
