package app.kith.shared;

/**
 * Malformed input data: says where, as FILE:LINE: reason. Always one line: a control character in
 * the file name or in what the reason quotes from the file is shown as an escape ({@code \n},
 * {@code \u001B}), so a hostile file cannot break the line or send a terminal its escape sequences.
 */
public final class BadDataException extends KithException {
    private final String file;
    private final long line;
    private final String reason;

    public BadDataException(String file, long line, String reason) {
        String shownFile = visible(file);
        String shownReason = visible(reason);
        super(shownFile + ":" + line + ": " + shownReason);
        this.file = shownFile;
        this.line = line;
        this.reason = shownReason;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    private static String visible(String text) {
        if (text == null || text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> shown.append(Character.isISOControl(c) ? "\\u%04X".formatted((int) c) : c);
            }
        }
        return shown.toString();
    }
}
