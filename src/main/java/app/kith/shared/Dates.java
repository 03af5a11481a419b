package app.kith.shared;

import java.time.DateTimeException;
import java.time.Instant;
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

    /**
     * An instant as the database keeps it ({@link Instant#toString()}: YYYY-MM-DDTHH:MM:SS, an optional
     * fraction, then Z), read by hand as {@link #stored(String)} is; any other form goes to
     * {@link Instant#parse}.
     */
    public static Instant storedInstant(String text) {
        int length = text.length();
        if (length >= 20 && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && text.charAt(length - 1) == 'Z' && digits(text, 11, 13) && digits(text, 14, 16)
                && digits(text, 17, 19)) {
            int fraction = length - 21;
            boolean plain = fraction == -1
                    || fraction >= 1 && fraction <= 9 && text.charAt(19) == '.' && digits(text, 20, length - 1);
            int hour = Integer.parseInt(text, 11, 13, 10);
            int minute = Integer.parseInt(text, 14, 16, 10);
            int second = Integer.parseInt(text, 17, 19, 10);
            if (plain && hour < 24 && minute < 60 && second < 60) {
                long seconds = stored(text.substring(0, 10)).toEpochDay() * 86_400 + hour * 3_600 + minute * 60
                        + second;
                int nanos = 0;
                if (fraction > 0) {
                    nanos = Integer.parseInt(text, 20, length - 1, 10);
                    for (int i = fraction; i < 9; i++) {
                        nanos *= 10;
                    }
                }
                return Instant.ofEpochSecond(seconds, nanos);
            }
        }
        return Instant.parse(text);
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
