package app.kith.interactions;

import app.kith.shared.Choice;

/**
 * Which way an interaction went, from the account owner's side. Keeping in touch means touches that
 * are not asks.
 */
public enum Direction implements Choice {
    GAVE, RECEIVED, MUTUAL, ASKED, NEUTRAL
}
