package app.kith.cli;

/**
 * Makes user-supplied text harmless on a terminal: names and notes are hostile input, and an escape
 * sequence in one could rewrite the screen, hide lines or fake output. Line breaks and tabs become
 * spaces; every other control character, and the bidirectional overrides that can reorder what is
 * shown, become '?'.
 */
final class Safe {
    private Safe() {
    }

    static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t' || c == 0x2028 || c == 0x2029) {
                clean.append(' ');
            } else if (Character.getType(c) == Character.CONTROL || isBidiControl(c)) {
                clean.append('?');
            } else {
                clean.appendCodePoint(c);
            }
        });
        return clean.toString();
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }
}
