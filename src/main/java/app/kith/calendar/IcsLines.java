package app.kith.calendar;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The text under ical4j's parser, watched as it is read: the physical line being read (so what the
 * parser reports can name the line a property starts on), and no content line, once unfolded, longer
 * than {@value #MAX_LINE} characters, so no single line can fill memory.
 */
final class IcsLines extends FilterReader {
    static final int MAX_LINE = 100_000;

    private int line = 1;
    private int length;
    private boolean lineStart;
    private boolean afterCr;

    IcsLines(Reader in) {
        super(in);
    }

    /** The line of the last character read (1 for the first line). */
    int line() {
        return line;
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
            return;
        }
        afterCr = false;
        if (lineStart) {
            lineStart = false;
            if (c != ' ' && c != '\t') {
                length = 0;
            }
        }
        if (++length > MAX_LINE) {
            throw new IcsParser.Refusal(line, "content line longer than " + MAX_LINE + " characters");
        }
    }
}
