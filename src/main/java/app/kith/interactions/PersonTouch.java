package app.kith.interactions;

import java.time.LocalDate;

/** One interaction as seen from one of the people in it: what meeting prep recalls of it. */
public record PersonTouch(String personId, String interactionId, LocalDate date, InteractionKind kind,
                          Direction direction, String notes) {
}
