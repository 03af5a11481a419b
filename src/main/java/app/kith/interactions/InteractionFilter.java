package app.kith.interactions;

import java.time.LocalDate;

/** Which interactions to list; null fields do not filter. */
public record InteractionFilter(String personId, InteractionKind kind, Direction direction, LocalDate from,
                                LocalDate to) {

    public static InteractionFilter all() {
        return new InteractionFilter(null, null, null, null, null);
    }
}
