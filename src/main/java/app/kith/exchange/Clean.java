package app.kith.exchange;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Tidying of values as exports write them: tabs and runs of spaces in names, placeholders for "none". */
final class Clean {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern HAS_WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

    private Clean() {
    }

    /** Words joined by single spaces (tabs, doubled and trailing spaces gone); null when nothing is left. */
    static String words(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String clean = SPACES.matcher(joined).replaceAll(" ").strip();
        return clean.isEmpty() ? null : clean;
    }

    /** A name of an organization, or null for LinkedIn's " -" and other values without a letter or digit. */
    static String organization(String text) {
        String clean = words(text);
        return clean == null || !HAS_WORD.matcher(clean).matches() ? null : clean;
    }

    /** Text cut to at most {@code max} characters (notes and message bodies can be very long). */
    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t.length() <= max ? t : t.substring(0, max);
    }
}
