package app.kith.calendar;

import app.kith.shared.BadDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an iCalendar file (RFC 5545) into its components and properties: lines are unfolded,
 * parameters read (quoted values too) and components checked to nest properly. Anything malformed
 * is reported as {@code FILE:LINE: reason}, with the line where the content line starts. Bounded:
 * an unfolded line longer than {@value #MAX_LINE} characters or more than {@value #MAX_COMPONENTS}
 * components is refused, so no file can exhaust memory.
 */
final class IcsReader {
    static final int MAX_LINE = 100_000;
    static final int MAX_COMPONENTS = 200_000;

    /** A content line: its name (upper case), parameters (names upper case) and raw value. */
    record Property(int line, String name, Map<String, String> params, String value) {
        String param(String key) {
            return params.get(key);
        }
    }

    /** A component (VCALENDAR, VEVENT, VALARM...) with its properties and sub-components. */
    record Component(String name, int line, List<Property> properties, List<Component> children) {
        Property first(String property) {
            return properties.stream().filter(p -> p.name().equals(property)).findFirst().orElse(null);
        }
    }

    private final String file;

    IcsReader(String file) {
        this.file = file;
    }

    /** The file's VCALENDAR components. */
    List<Component> read(Reader source) {
        List<Component> calendars = new ArrayList<>();
        Deque<Component> open = new ArrayDeque<>();
        int components = 0;
        try (BufferedReader in = new BufferedReader(source)) {
            StringBuilder current = null;
            int currentLine = 0;
            int number = 0;
            for (String raw = in.readLine(); ; raw = in.readLine()) {
                number++;
                if (raw != null && number == 1 && raw.startsWith("\uFEFF")) {
                    raw = raw.substring(1);
                }
                if (raw != null && current != null && !raw.isEmpty()
                        && (raw.charAt(0) == ' ' || raw.charAt(0) == '\t')) {
                    if (current.length() + raw.length() > MAX_LINE) {
                        throw bad(currentLine, "content line longer than " + MAX_LINE + " characters");
                    }
                    current.append(raw, 1, raw.length());
                    continue;
                }
                if (current != null) {
                    components += handle(property(currentLine, current.toString()), open, calendars);
                    if (components > MAX_COMPONENTS) {
                        throw bad(currentLine, "more than " + MAX_COMPONENTS + " components");
                    }
                }
                if (raw == null) {
                    break;
                }
                if (raw.isBlank()) {
                    current = null;
                    continue;
                }
                if (raw.length() > MAX_LINE) {
                    throw bad(number, "content line longer than " + MAX_LINE + " characters");
                }
                current = new StringBuilder(raw);
                currentLine = number;
            }
            if (!open.isEmpty()) {
                throw bad(open.peek().line(), "BEGIN:" + open.peek().name() + " is never ended");
            }
            if (calendars.isEmpty()) {
                throw bad(1, "not an iCalendar file (no BEGIN:VCALENDAR)");
            }
            return calendars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int handle(Property p, Deque<Component> open, List<Component> calendars) {
        if (p.name().equals("BEGIN")) {
            String name = p.value().strip().toUpperCase(Locale.ROOT);
            if (open.isEmpty() && !name.equals("VCALENDAR")) {
                throw bad(p.line(), "expected BEGIN:VCALENDAR, found BEGIN:" + name);
            }
            Component component = new Component(name, p.line(), new ArrayList<>(), new ArrayList<>());
            if (!open.isEmpty()) {
                open.peek().children().add(component);
            }
            open.push(component);
            return 1;
        }
        if (p.name().equals("END")) {
            String name = p.value().strip().toUpperCase(Locale.ROOT);
            if (open.isEmpty() || !open.peek().name().equals(name)) {
                throw bad(p.line(), "END:" + name + " does not close "
                        + (open.isEmpty() ? "anything" : "BEGIN:" + open.peek().name()));
            }
            Component done = open.pop();
            if (open.isEmpty()) {
                calendars.add(done);
            }
            return 0;
        }
        if (open.isEmpty()) {
            throw bad(p.line(), open.isEmpty() && calendars.isEmpty() ? "not an iCalendar file (expected BEGIN:VCALENDAR)"
                    : p.name() + " outside any component");
        }
        open.peek().properties().add(p);
        return 0;
    }

    /** Splits {@code NAME;PARAM=VALUE;PARAM="QUOTED":value}. */
    private Property property(int line, String text) {
        int i = 0;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        if (i == 0 || i == text.length() || (text.charAt(i) != ':' && text.charAt(i) != ';')) {
            throw bad(line, "not an iCalendar content line (NAME:VALUE)");
        }
        String name = text.substring(0, i).toUpperCase(Locale.ROOT);
        Map<String, String> params = new LinkedHashMap<>();
        while (text.charAt(i) == ';') {
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                throw bad(line, "parameter without a value in " + name);
            }
            String key = text.substring(i + 1, eq).strip().toUpperCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            boolean quoted = false;
            for (; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == ';' || c == ':')) {
                    break;
                } else {
                    value.append(c);
                }
            }
            if (j >= text.length()) {
                throw bad(line, name + " has no value (missing ':')");
            }
            params.put(key, value.toString());
            i = j;
        }
        return new Property(line, name, params, text.substring(i + 1));
    }

    /** Reads a TEXT value: {@code \n}, {@code \,}, {@code \;} and {@code \\} unescaped. */
    static String unescape(String value) {
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    BadDataException bad(int line, String reason) {
        return new BadDataException(file, line, reason);
    }
}
