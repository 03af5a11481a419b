package app.kith.calendar;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The text under ical4j's parser, watched as it is read: the physical line being read (so that what is
 * wrong with a property can name its line), and no content line, once unfolded, longer than
 * {@value #MAX_LINE} characters, so no single line can fill memory.
 */
final class IcsLines extends FilterReader {
    static final int MAX_LINE = 100_000;

    private int line = 1;
    private int column;
    private int contentLines;
    private int length;
    private boolean lineStart = true;
    private boolean afterCr;

    IcsLines(Reader in) {
        super(in);
    }

    /**
     * The line of the property name just read. A name ends at its ':' or ';', on its own line, with at
     * least two characters read there; a name alone on its line ends at the line break, and ical4j's
     * unfolding has then read the break and at most one character of the next line to see whether it
     * continues.
     */
    int nameLine() {
        return column <= 1 && line > 1 ? line - 1 : line;
    }

    /** The content line (unfolded lines, counted from 1) of the property name just read, as {@link #nameLine}. */
    int nameContentLine() {
        return column == 1 ? contentLines - 1 : contentLines;
    }

    /**
     * The content line of the value whose line break was just read: ical4j's unfolding has read at most
     * two characters past the break. A value on another content line than its name means the parser,
     * finding no ':' after a name, took the next line for its value.
     */
    int valueContentLine() {
        return column >= 1 ? contentLines - 1 : contentLines;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(char c) {
        if (c == '\n' || c == '\r') {
            if (c == '\r' || !afterCr) {
                line++;
            }
            afterCr = c == '\r';
            lineStart = true;
            column = 0;
            return;
        }
        afterCr = false;
        column++;
        if (lineStart) {
            lineStart = false;
            if (c != ' ' && c != '\t') {
                length = 0;
                contentLines++;
            }
        }
        if (++length > MAX_LINE) {
            throw new IcsParser.Refusal(line, "content line longer than " + MAX_LINE + " characters");
        }
    }
}
