package app.kith.api;

import app.kith.interactions.InteractionChanges;
import java.util.List;

/**
 * The body of {@code POST /interactions} and {@code PATCH /interactions/{id}}: participants are
 * person ids ({@code self} allowed), {@code date} is YYYY-MM-DD. On creation the direction defaults
 * to neutral and the date to today; on PATCH null leaves a field as it is.
 */
record InteractionRequest(List<String> participants, String kind, String direction, String date, String notes) {

    InteractionChanges changes() {
        return new InteractionChanges(participants, kind, direction, date, notes);
    }
}
