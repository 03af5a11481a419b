package app.kith.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Days as users type them (YYYY-MM-DD), read one way everywhere and naming the field when wrong. */
public final class Dates {
    private Dates() {
    }

    public static LocalDate parse(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
