package app.kith.interactions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Something that happened, on a day, with one or more people. */
public record Interaction(String id, InteractionKind kind, Direction direction, LocalDate date, String notes,
                          List<String> participantIds, Instant createdAt) {
}
