package app.kith.interactions;

import app.kith.shared.Choice;

/** What kind of thing happened. */
public enum InteractionKind implements Choice {
    COFFEE, CALL, DINNER, MEETING, MESSAGE, EMAIL, EVENT, INTRO, GIFT, NOTE_CARD, FAVOR, OTHER
}
