package app.kith.connections;

import app.kith.shared.Choice;

/** How two people are connected. {@code INTRODUCED_BY} reads "the first was introduced by the second". */
public enum ConnectionKind implements Choice {
    KNOWS, INTRODUCED_BY, COLLEAGUE, FAMILY, PARTNER
}
