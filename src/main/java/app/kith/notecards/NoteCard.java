package app.kith.notecards;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A handwritten note to write.
 *
 * @param writeBy        the day to write it by so it arrives in time, or null
 * @param message        a draft of what to write, or null
 * @param interactionId  the {@code note-card} touch logged when it was mailed
 */
public record NoteCard(String id, String personId, String personName, String occasion, LocalDate writeBy,
                       String message, CardStatus status, LocalDate writtenOn, LocalDate mailedOn,
                       String interactionId, Instant createdAt) {

    NoteCard named(String name) {
        return new NoteCard(id, personId, name, occasion, writeBy, message, status, writtenOn, mailedOn,
                interactionId, createdAt);
    }
}
