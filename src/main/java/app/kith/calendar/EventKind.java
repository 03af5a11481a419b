package app.kith.calendar;

import app.kith.shared.Choice;

/**
 * What a calendar entry is. Birthdays come from people and conference editions from the conferences
 * module: they appear in the calendar but are not stored as events.
 */
public enum EventKind implements Choice {
    INVITATION, DINNER, ACHIEVEMENT, BIRTHDAY, ANNIVERSARY, REMINDER, CONFERENCE;

    /** True for the kinds a user records as events; the others are derived. */
    public boolean stored() {
        return this != BIRTHDAY && this != CONFERENCE;
    }
}
