package app.kith.sources;

import app.kith.interactions.InteractionKind;
import java.time.LocalDate;
import java.util.List;

/**
 * One thing a source read that may be a touch: a message (or, later, a meeting). Sources of every
 * kind hand these to {@link Captures}, which turns them into interactions and suggestions.
 *
 * @param key            what makes it the same thing wherever it is read (a hash of a message's
 *                       Message-ID): counted once however often it is read
 * @param threadKey      the conversation it belongs to: one interaction per person per thread per day
 * @param day            the day it happened
 * @param kind           the interaction it becomes (email)
 * @param fromOwner      true when the account's owner wrote it (sent mail)
 * @param correspondents the others it was exchanged with, the owner's own addresses left out
 * @param notes          what the interaction's notes say (the subject, when the user opted in), or null
 */
public record Capture(String key, String threadKey, LocalDate day, InteractionKind kind, boolean fromOwner,
                      List<Correspondent> correspondents, String notes) {

    public Capture {
        correspondents = List.copyOf(correspondents);
    }
}
