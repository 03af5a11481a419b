package app.kith.calendar;

import app.kith.shared.BadDataException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

/**
 * Reads an iCalendar file (RFC 5545) with ical4j's parser, which unfolds lines, reads parameters
 * (quoted ones too) and checks that components nest, into the events and time zones Kith uses
 * ({@link IcsHandler}). Anything malformed is a {@link BadDataException} saying {@code FILE:LINE:
 * reason}, with the line ical4j stopped at or the line the offending property starts on. Bounded:
 * lines ({@link IcsLines#MAX_LINE}), components and their nesting ({@link IcsHandler}).
 */
final class IcsParser {
    private static final Pattern EXPECTED = Pattern.compile("Expected \\[(.*?)], read \\[(.*?)]");

    private IcsParser() {
    }

    /** Something in the file Kith refuses, at a line (0: where the parser stopped). */
    static final class Refusal extends RuntimeException {
        private final int line;

        Refusal(int line, String reason) {
            super(reason, null, false, false);
            this.line = line;
        }
    }

    static IcsFile read(String file, Reader source) {
        IcsLines lines = new IcsLines(source);
        IcsHandler handler = new IcsHandler(lines);
        try (lines) {
            new CalendarParserImpl().parse(new UnfoldingReader(lines, true), handler);
        } catch (ParserException e) {
            throw bad(file, e, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!handler.started()) {
            throw new BadDataException(file, 1, "not an iCalendar file (no BEGIN:VCALENDAR)");
        }
        return new IcsFile(file, handler.events(), new IcsZones(file, handler.zones()));
    }

    private static BadDataException bad(String file, ParserException e, IcsHandler handler) {
        if (e.getCause() instanceof Refusal refusal) {
            return new BadDataException(file, refusal.line > 0 ? refusal.line : e.getLineNo(), refusal.getMessage());
        }
        int line = Math.max(e.getLineNo(), 1);
        if (!handler.started()) {
            return new BadDataException(file, line, "not an iCalendar file (expected BEGIN:VCALENDAR)");
        }
        if (handler.property() != null) {
            return new BadDataException(file, handler.propertyLine(),
                    handler.property() + " is not an iCalendar content line (NAME;PARAMETER=VALUE:VALUE)");
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher expected = EXPECTED.matcher(message);
        if (expected.find() && handler.open() != null && expected.group(1).equals(handler.open())) {
            return new BadDataException(file, line, "END:" + IcsEventDraft.cut(expected.group(2), 40)
                    + " does not close BEGIN:" + handler.open());
        }
        if (message.endsWith("Unexpected end of file") && handler.open() != null) {
            return new BadDataException(file, line, "BEGIN:" + handler.open() + " is never ended");
        }
        return new BadDataException(file, line, "not an iCalendar content line (NAME:VALUE)");
    }
}
