package app.kith.notecards;

import app.kith.shared.Choice;

/** Where a card is: {@code to-write} → {@code written} → {@code mailed}. */
public enum CardStatus implements Choice {
    TO_WRITE, WRITTEN, MAILED
}
