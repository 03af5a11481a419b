package app.kith.people;

import app.kith.shared.Choice;

/** Whether a relationship is a friendship, a partnership, or both. */
public enum RelationshipKind implements Choice {
    FRIENDSHIP, PARTNERSHIP, BOTH
}
