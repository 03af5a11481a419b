package app.kith.people;

import app.kith.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birthday whose year may be unknown. Kith never invents a year: {@code --MM-DD} stays without one.
 *
 * @param year  the year of birth, or null when unknown
 */
public record Birthday(Integer year, int month, int day) {
    private static final Pattern WITH_YEAR = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WITHOUT_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");

    public Birthday {
        try {
            if (year != null) {
                LocalDate.of(year, month, day);
            } else {
                MonthDay.of(month, day);
            }
        } catch (DateTimeException e) {
            throw new InvalidInputException("birthday", "not a real date");
        }
    }

    /** Reads {@code YYYY-MM-DD} or {@code --MM-DD}; null or blank gives null. */
    public static Birthday parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Matcher full = WITH_YEAR.matcher(t);
        if (full.matches()) {
            return new Birthday(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                    Integer.parseInt(full.group(3)));
        }
        Matcher partial = WITHOUT_YEAR.matcher(t);
        if (partial.matches()) {
            return new Birthday(null, Integer.parseInt(partial.group(1)), Integer.parseInt(partial.group(2)));
        }
        throw new InvalidInputException("birthday", "'" + text + "' is not YYYY-MM-DD or --MM-DD");
    }

    @Override
    public String toString() {
        return year == null
                ? "--%02d-%02d".formatted(month, day)
                : "%04d-%02d-%02d".formatted(year, month, day);
    }
}
