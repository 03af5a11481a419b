package app.kith.calendar;

import app.kith.shared.Choice;

/** Whether you were invited ({@code received}) or invited others ({@code sent}). */
public enum InvitationDirection implements Choice {
    RECEIVED, SENT
}
