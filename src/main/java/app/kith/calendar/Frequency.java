package app.kith.calendar;

import app.kith.shared.Choice;
import java.time.temporal.ChronoUnit;

/** How often a repeating entry comes back, in steps of its interval. */
public enum Frequency implements Choice {
    DAILY(ChronoUnit.DAYS), WEEKLY(ChronoUnit.WEEKS), MONTHLY(ChronoUnit.MONTHS), YEARLY(ChronoUnit.YEARS);

    private final ChronoUnit unit;

    Frequency(ChronoUnit unit) {
        this.unit = unit;
    }

    ChronoUnit unit() {
        return unit;
    }
}
