package app.kith.insights;

import app.kith.interactions.Direction;
import app.kith.interactions.InteractionKind;
import app.kith.interactions.PersonTouch;
import java.time.LocalDate;

/**
 * An interaction with someone, as prep recalls it.
 *
 * @param id    the interaction
 * @param about what it was about: the start of its notes on one line, or null when it has none
 */
public record PastTouch(String id, LocalDate date, InteractionKind kind, Direction direction, String about) {
    /** How much of the notes a card shows: enough to recall what it was about. */
    static final int ABOUT_LENGTH = 140;

    static PastTouch of(PersonTouch touch) {
        return new PastTouch(touch.interactionId(), touch.date(), touch.kind(), touch.direction(), about(touch.notes()));
    }

    /** The start of the notes, on one line: at most {@value #ABOUT_LENGTH} characters, cut with an ellipsis. */
    static String about(String notes) {
        if (notes == null || notes.isBlank()) {
            return null;
        }
        String line = notes.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= ABOUT_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, ABOUT_LENGTH - 1)).strip() + "…";
    }
}
