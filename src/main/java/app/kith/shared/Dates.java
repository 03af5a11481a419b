package app.kith.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Days as users type them (YYYY-MM-DD), read one way everywhere and naming the field when wrong. */
public final class Dates {
    private Dates() {
    }

    /**
     * A day as the database keeps it (YYYY-MM-DD). Read by hand: some queries read tens of thousands,
     * and {@link LocalDate#parse} costs a formatter's whole machinery each time.
     */
    public static LocalDate stored(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
                && digits(text, 5, 7) && digits(text, 8, 10)) {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        }
        return LocalDate.parse(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static LocalDate parse(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
