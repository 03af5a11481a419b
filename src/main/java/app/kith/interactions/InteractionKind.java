package app.kith.interactions;

import app.kith.shared.Choice;

/**
 * What kind of thing happened. A {@code SETBACK} records something that went wrong in a relationship
 * or partnership (a missed promise, a conflict): logged, not hidden.
 */
public enum InteractionKind implements Choice {
    COFFEE, CALL, DINNER, MEETING, MESSAGE, EMAIL, EVENT, INTRO, GIFT, NOTE_CARD, FAVOR, OTHER, SETBACK
}
