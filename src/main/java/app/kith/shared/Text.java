package app.kith.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding shared by search and matching: accent-, case- and punctuation-insensitive. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Text() {
    }

    /**
     * Folds text to lower-case words separated by single spaces, with accents removed and letters
     * that Unicode does not decompose (ø, ł, æ, ß, đ, þ, ı, œ) spelled the way people type them.
     */
    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder spelled = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ø' -> spelled.append('o');
                case 'ł' -> spelled.append('l');
                case 'æ' -> spelled.append("ae");
                case 'œ' -> spelled.append("oe");
                case 'ß' -> spelled.append("ss");
                case 'đ', 'ð' -> spelled.append('d');
                case 'þ' -> spelled.append("th");
                case 'ı' -> spelled.append('i');
                default -> spelled.append(c);
            }
        }
        String stripped = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }

    /** Trims and returns null for blank text, so "nothing" is stored one way. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
