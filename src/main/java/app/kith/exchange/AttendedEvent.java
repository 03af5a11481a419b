package app.kith.exchange;

import java.time.LocalDate;

/** An event the user attended, as an import read it (LinkedIn's Events.csv), for the module that keeps events. */
public record AttendedEvent(String file, long line, String name, LocalDate start, LocalDate end, String status,
                            String url) {
}
