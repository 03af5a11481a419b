package app.kith.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Text folding shared by search and matching: accent-, case- and punctuation-insensitive. */
public final class Text {

    private Text() {
    }

    /**
     * Folds text to lower-case words separated by single spaces, with accents removed and letters
     * that Unicode does not decompose (ø, ł, æ, ß, đ, þ, ı, œ) spelled the way people type them.
     * Words are runs of letters and digits (Unicode categories L and N); everything else separates them.
     */
    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        // Imports fold every name and organization several times. Plain ASCII, the usual case, needs
        // neither the spelling table nor Unicode normalization; nor do the Latin letters of
        // Émilie, Jürgen or Nguyễn, each folded once and for all in LATIN.
        if (isAscii(text)) {
            return words(text.toLowerCase(Locale.ROOT));
        }
        String latin = latin(text);
        return latin != null ? latin : slowly(text);
    }

    private static String slowly(String text) {
        return words(withoutMarks(spelled(text)));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The first and last character of the Latin blocks in {@link #LATIN}, by block. */
    private static final char[][] LATIN_BLOCKS = {{0x80, 0x24F}, {0x1E00, 0x1EFF}};
    /**
     * How each character of the Latin-1, Latin Extended and Latin Extended Additional blocks folds on
     * its own: its letters, or "" when it separates words. A character of these blocks never changes
     * how its neighbours fold (none is a combining mark), so text made only of them and ASCII folds
     * character by character.
     */
    private static final String[][] LATIN = latinTable();

    private static String[][] latinTable() {
        String[][] table = new String[LATIN_BLOCKS.length][];
        for (int b = 0; b < LATIN_BLOCKS.length; b++) {
            char first = LATIN_BLOCKS[b][0];
            table[b] = new String[LATIN_BLOCKS[b][1] - first + 1];
            for (int i = 0; i < table[b].length; i++) {
                String folded = slowly(String.valueOf((char) (first + i)));
                // Should a character ever fold to two words, text with it takes the long way.
                table[b][i] = folded.indexOf(' ') < 0 ? folded : null;
            }
        }
        return table;
    }

    /** The folded text, when it is ASCII and characters of {@link #LATIN} only; else null. */
    private static String latin(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded = c < 0x80 ? null : latin(c);
            if (c >= 0x80 && folded == null) {
                return null;
            }
            if (c < 0x80 ? !isWordPart(c) : folded.isEmpty()) {
                gap = true;
                continue;
            }
            if (gap && !words.isEmpty()) {
                words.append(' ');
            }
            if (c < 0x80) {
                words.append(Character.toLowerCase(c));
            } else {
                words.append(folded);
            }
            gap = false;
        }
        return words.toString();
    }

    private static String latin(char c) {
        for (int b = 0; b < LATIN_BLOCKS.length; b++) {
            if (c >= LATIN_BLOCKS[b][0] && c <= LATIN_BLOCKS[b][1]) {
                return LATIN[b][c - LATIN_BLOCKS[b][0]];
            }
        }
        return null;
    }

    private static String spelled(String text) {
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
        return spelled.toString();
    }

    /** Decomposed, combining marks (Unicode category M) dropped, and composed again. */
    private static String withoutMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            if (!isMark(c)) {
                kept.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    /** The runs of letters and digits, joined by single spaces. */
    private static String words(String text) {
        if (isWords(text)) {
            return text;
        }
        StringBuilder words = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isWordPart(c)) {
                if (gap && !words.isEmpty()) {
                    words.append(' ');
                }
                words.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
            i += Character.charCount(c);
        }
        return words.toString();
    }

    /** Already words: ASCII letters and digits, single spaces between them. */
    private static boolean isWords(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? previous == ' ' : c >= 0x80 || !isWordPart(c)) {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isWordPart(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        int type = Character.getType(c);
        return switch (type) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** {@link #clean} text, refused when longer than {@code max} characters; the message names the field. */
    public static String limited(String field, String text, int max) {
        String clean = clean(text);
        if (clean != null && clean.length() > max) {
            throw new InvalidInputException(field, "is longer than " + max + " characters");
        }
        return clean;
    }

    /** {@link #limited} text that must be given. */
    public static String required(String field, String text, int max) {
        String clean = limited(field, text, max);
        if (clean == null) {
            throw new InvalidInputException(field, "is required");
        }
        return clean;
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
