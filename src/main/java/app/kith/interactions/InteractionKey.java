package app.kith.interactions;

import java.time.LocalDate;

/** What makes an interaction "the same one" for an import: who, what, when, which way, and the note. */
public record InteractionKey(String personId, InteractionKind kind, LocalDate date, Direction direction, String notes) {
}
