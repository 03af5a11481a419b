package app.kith.conferences;

import app.kith.shared.Choice;

/** Whether someone is going to an edition or went to it. */
public enum AttendanceStatus implements Choice {
    GOING, WENT
}
