package app.kith.calendar;

import app.kith.shared.BadDataException;
import java.util.List;

/** An iCalendar file as read: its events in the order they came, and the time zones they name. */
record IcsFile(String name, List<IcsEvent> events, IcsZones zones) {

    BadDataException bad(int line, String reason) {
        return new BadDataException(name, line, reason);
    }
}
