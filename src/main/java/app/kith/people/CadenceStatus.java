package app.kith.people;

import app.kith.shared.Choice;

/**
 * Where a tracked person stands against their cadence on a day ({@link DueRule}): within the ideal
 * interval, past it (due, shown yellow) or past the maximum interval too (overdue, shown red).
 */
public enum CadenceStatus implements Choice {
    ON_TRACK, DUE, OVERDUE
}
