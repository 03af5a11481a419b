package app.kith.interactions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Something that happened, on a day, with one or more people.
 *
 * @param sourceId the source that captured it (a mailbox, say), or null when it was logged by hand or imported
 */
public record Interaction(String id, InteractionKind kind, Direction direction, LocalDate date, String notes,
                          List<String> participantIds, Instant createdAt, String sourceId) {

    /** An interaction logged by hand or imported: it has no source. */
    public Interaction(String id, InteractionKind kind, Direction direction, LocalDate date, String notes,
                       List<String> participantIds, Instant createdAt) {
        this(id, kind, direction, date, notes, participantIds, createdAt, null);
    }
}
