package app.kith.sources;

import app.kith.shared.Choice;

/** Where a suggestion stands: waiting for an answer, accepted (a person has the address now), or ignored (remembered). */
public enum SuggestionStatus implements Choice {
    OPEN, ACCEPTED, IGNORED
}
