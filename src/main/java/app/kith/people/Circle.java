package app.kith.people;

import app.kith.shared.Choice;

/** How close a person is; each circle has a default keep-in-touch cadence. */
public enum Circle implements Choice {
    INNER, CLOSE, NETWORK, ACQUAINTANCE, NONE
}
