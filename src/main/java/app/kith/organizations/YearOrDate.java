package app.kith.organizations;

import app.kith.shared.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * When an affiliation started or ended: often only the year is known ("2014"), sometimes the day.
 *
 * @param date the day, when known; its year is then {@code year}
 */
public record YearOrDate(int year, LocalDate date) {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public static YearOrDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (YEAR.matcher(t).matches()) {
                return of(field, Integer.parseInt(t), null);
            }
            if (YEAR_MONTH.matcher(t).matches()) {
                LocalDate first = LocalDate.parse(t + "-01");
                return of(field, first.getYear(), first);
            }
            LocalDate date = LocalDate.parse(t);
            return of(field, date.getYear(), date);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a year (YYYY) or a date (YYYY-MM-DD)");
        }
    }

    static YearOrDate of(String field, int year, LocalDate date) {
        if (year < 1900 || year > 2200) {
            throw new InvalidInputException(field, year + " is not a plausible year");
        }
        return new YearOrDate(year, date);
    }

    /** "2014" or "2014-09-01": the same text it was read from, in JSON as everywhere else. */
    @JsonValue
    @Override
    public String toString() {
        return date == null ? Integer.toString(year) : date.toString();
    }
}
