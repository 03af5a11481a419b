package app.kith.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.testing.RandomText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DatesTests {

    @Test
    void linkedInDaysAreRead() {
        assertThat(Dates.day("09 Oct 2024")).isEqualTo(LocalDate.of(2024, 10, 9));
        assertThat(Dates.day(" 9 September 2021 ")).isEqualTo(LocalDate.of(2021, 9, 9));
        assertThat(Dates.day("31 Feb 2024")).isNull();
        assertThat(Dates.day("09 OCTOBER 2024")).isNull();
        assertThat(Dates.day("2024-10-09")).isEqualTo(LocalDate.of(2024, 10, 9));
        assertThat(Dates.day("1/8/18, 6:14 PM")).isEqualTo(LocalDate.of(2018, 1, 8));
    }

    /** The hand-written reading of "09 Oct 2024" agrees with the regular expressions, on random text. */
    @Test
    void daysMatchTheRegularExpressionDefinition() {
        String[] parts = {"0", "9", "12", "31", "2024", "1999", " ", "  ", "Oct", "oct", "OCT", "ober", "OBER", "Xyz",
            "Feb", "Sept", "-", "/", ",", "T", "PM", "é"};
        Random random = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            String t = RandomText.of(random, parts, 6);
            assertThat(Dates.day(t)).as("'%s'", t).isEqualTo(reference(t));
        }
    }

    @Test
    void storedDaysAreReadByHandAndStillChecked() {
        assertThat(app.kith.shared.Dates.stored("2020-02-03")).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(app.kith.shared.Dates.stored("+12020-02-03")).isEqualTo(LocalDate.of(12020, 2, 3));
        assertThatThrownBy(() -> app.kith.shared.Dates.stored("2020-02-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> app.kith.shared.Dates.stored("2020-+2-03")).isInstanceOf(DateTimeException.class);
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T].*)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:,? .*)?");

    private static LocalDate reference(String text) {
        String t = text == null ? "" : text.strip();
        try {
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

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        int i = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.toLowerCase(Locale.ROOT));
        return i < 0 || i % 3 != 0 ? 0 : i / 3 + 1;
    }
}
