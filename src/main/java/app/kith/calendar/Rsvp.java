package app.kith.calendar;

import app.kith.shared.Choice;

/** The answer to an invitation. */
public enum Rsvp implements Choice {
    NEEDS_ANSWER, ACCEPTED, DECLINED, TENTATIVE
}
