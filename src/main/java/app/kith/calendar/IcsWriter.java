package app.kith.calendar;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes RFC 5545 content lines as they come: CRLF endings, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, dates as {@code DATE} and instants in UTC.
 */
final class IcsWriter implements AutoCloseable {
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Writer out;

    IcsWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    void begin(String component) {
        line("BEGIN:" + component);
    }

    void end(String component) {
        line("END:" + component);
    }

    /** A property whose value is already in its iCalendar form (a date, a rule, a URI). */
    void raw(String name, String value) {
        line(name + ":" + value);
    }

    /** A TEXT property, escaped; nothing is written for a null value. */
    void text(String name, String value) {
        if (value != null) {
            line(name + ":" + escape(value));
        }
    }

    void date(String name, LocalDate date) {
        line(name + ";VALUE=DATE:" + date(date));
    }

    void instant(String name, Instant instant) {
        line(name + ":" + UTC.format(instant));
    }

    static String date(LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters are dropped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Writes one content line, folded so no physical line passes 75 octets (whole runs at a time). */
    private void line(String content) {
        try {
            int octets = 0;
            int runStart = 0;
            for (int i = 0; i < content.length(); ) {
                char c = content.charAt(i);
                int size;
                int chars = 1;
                if (c < 0x80) {
                    size = 1;
                } else if (c < 0x800) {
                    size = 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < content.length()
                        && Character.isLowSurrogate(content.charAt(i + 1))) {
                    size = 4;
                    chars = 2;
                } else {
                    size = 3;
                }
                if (octets + size > MAX_OCTETS) {
                    out.write(content, runStart, i - runStart);
                    out.write("\r\n ");
                    runStart = i;
                    octets = 1;
                }
                octets += size;
                i += chars;
            }
            out.write(content, runStart, content.length() - runStart);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
