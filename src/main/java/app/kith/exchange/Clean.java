package app.kith.exchange;

/** Tidying of values as exports write them: tabs and runs of spaces in names, placeholders for "none". */
final class Clean {
    private Clean() {
    }

    /**
     * Words joined by single spaces (tabs, no-break, doubled and trailing spaces gone); null when nothing
     * is left. Spaces are those of {@code [\\s\\u00a0]}; other Unicode spaces are only trimmed at the ends.
     */
    static String words(String... parts) {
        StringBuilder words = new StringBuilder();
        boolean gap = false;
        boolean joined = false;
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            gap |= joined;
            joined = true;
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0xA0) {
                    gap = true;
                } else {
                    if (gap && !words.isEmpty()) {
                        words.append(' ');
                    }
                    words.append(c);
                    gap = false;
                }
            }
        }
        String clean = words.toString().strip();
        return clean.isEmpty() ? null : clean;
    }

    /** A name of an organization, or null for LinkedIn's " -" and other values without a letter or digit. */
    static String organization(String text) {
        String clean = words(text);
        return clean == null || clean.codePoints().noneMatch(Clean::isLetterOrDigit) ? null : clean;
    }

    private static boolean isLetterOrDigit(int c) {
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
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
