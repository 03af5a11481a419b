package app.kith.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date formats of the files Kith imports, read by pattern rather than by trying formatters one
 * after another (an import reads tens of thousands of dates). Nothing is guessed: a day without a
 * year stays without one.
 */
final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T].*)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:,? .*)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern MONTH_DAY = Pattern.compile("([A-Za-z]{3})[a-z]* (\\d{1,2})");
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private Dates() {
    }

    /** A day in any of the formats of LinkedIn, Google and Outlook exports; null when blank or not a day. */
    static LocalDate day(String text) {
        String t = text == null ? "" : text.strip();
        try {
            LocalDate linkedIn = dayMonthYear(t);
            if (linkedIn != null) {
                return linkedIn;
            }
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            }
            m = DAY_MONTH_YEAR.matcher(t);
            if (m.matches() && month(m.group(2)) > 0) {
                return LocalDate.of(num(m, 3), month(m.group(2)), num(m, 1));
            }
            m = US.matcher(t);
            if (m.matches()) {
                int year = num(m, 3);
                return LocalDate.of(year < 100 ? 2000 + year : year, num(m, 1), num(m, 2));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * A birthday as Kith writes it: {@code YYYY-MM-DD}, or {@code --MM-DD} when the file gives no
     * year ("Mar 31", "--07-14"). Null when blank or not a date; Outlook's "0/0/00" is no date.
     */
    static String birthday(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            Matcher m = NO_YEAR.matcher(t);
            if (m.matches()) {
                return MonthDay.of(num(m, 1), num(m, 2)).toString();
            }
            m = MONTH_DAY.matcher(t);
            if (m.matches() && month(m.group(1)) > 0) {
                return MonthDay.of(month(m.group(1)), num(m, 2)).toString();
            }
        } catch (DateTimeException e) {
            return null;
        }
        LocalDate day = day(t);
        return day == null ? null : day.toString();
    }

    /** A start or end of a job or school: "2016", "Jun 2021" (as 2021-06), or a day. */
    static String yearOrMonth(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (YEAR.matcher(t).matches()) {
            return t;
        }
        Matcher m = MONTH_YEAR.matcher(t);
        if (m.matches() && month(m.group(1)) > 0) {
            return "%s-%02d".formatted(m.group(2), month(m.group(1)));
        }
        LocalDate day = day(t);
        return day == null ? null : day.toString();
    }

    /**
     * LinkedIn's "09 Oct 2024" ({@link #DAY_MONTH_YEAR}), read without a regular expression: every row of
     * a Connections.csv has one. Null when the text is not in that form.
     */
    private static LocalDate dayMonthYear(String t) {
        int space = t.indexOf(' ');
        int last = t.lastIndexOf(' ');
        if (space < 1 || space > 2 || last - space < 4 || t.length() - last != 5 || !digits(t, 0, space)
                || !digits(t, last + 1, t.length())) {
            return null;
        }
        for (int i = space + 1; i < last; i++) {
            char c = t.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || i < space + 4 && c >= 'A' && c <= 'Z';
            if (!letter) {
                return null;
            }
        }
        int month = month(t.substring(space + 1, space + 4));
        return month == 0 ? null : LocalDate.of(Integer.parseInt(t, last + 1, t.length(), 10), month,
                Integer.parseInt(t, 0, space, 10));
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        int i = MONTHS.indexOf(name.toLowerCase(Locale.ROOT));
        return i < 0 || i % 3 != 0 ? 0 : i / 3 + 1;
    }
}
