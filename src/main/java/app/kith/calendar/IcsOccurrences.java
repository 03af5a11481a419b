package app.kith.calendar;

import app.kith.shared.BadDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads an iCalendar file and lays out its events' occurrences in a window of time: the one entry
 * point for whatever reads calendars from outside, such as a calendar source fetching an iCalendar
 * address (Google's secret address, an Outlook published calendar, a Nextcloud subscription).
 *
 * <p>It reads as {@code kith import ics} reads, with the same parser and the same bounds, and writes
 * nothing:
 * <ul>
 *   <li>time zones from the file's VTIMEZONEs (Outlook's Windows names such as "W. Europe Standard
 *       Time" included), else Java zone ids; floating times and unknown zones as UTC;</li>
 *   <li>RRULEs (BYDAY, BYSETPOS, ... as RFC 5545 has them) and RDATEs expanded by ical4j; EXDATEs and
 *       instances changed or cancelled by RECURRENCE-ID applied (a moved instance has its new time
 *       and title);</li>
 *   <li>a content line at most {@value IcsLines#MAX_LINE} characters, {@value IcsHandler#MAX_COMPONENTS}
 *       components, {@value IcsEventDraft#MAX_DATES} RDATE/EXDATE dates an event, rules of at most
 *       {@value IcsEventDraft#MAX_COMBINATIONS} BY combinations, each walked at most
 *       {@value IcsRecurrence#MAX_PERIODS} periods from its DTSTART ({@value IcsRecurrence#MAX_WORK}
 *       steps in a file), and at most {@value #MAX_PER_EVENT} occurrences of one event in the window
 *       (the last ones before its end, so that a daily meeting since years keeps those near now, where
 *       a sync's window ends) and {@value #MAX_OCCURRENCES} in all.</li>
 * </ul>
 * The caller bounds the bytes it hands over (a fetch reads at most so many).
 */
public final class IcsOccurrences {
    public static final int MAX_PER_EVENT = 1_000;
    public static final int MAX_OCCURRENCES = 100_000;

    private IcsOccurrences() {
    }

    /**
     * The occurrences that start in {@code [from, to)}, by start, cancelled ones included (flagged), so
     * that a reader can take back what it captured of them before. Bytes that are not UTF-8 read as
     * U+FFFD.
     *
     * @param file a name for the file, used in errors ({@code FILE:LINE: reason})
     * @throws BadDataException when the file is not iCalendar Kith can read, or goes past a bound
     * @throws IOException      when {@code in} cannot be read
     */
    public static List<IcsOccurrence> read(String file, InputStream in, Instant from, Instant to)
            throws IOException {
        Objects.requireNonNull(from, "from");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        IcsFile ics;
        try {
            ics = IcsParser.read(file, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        IcsRecurrence recurrence = new IcsRecurrence(ics);
        IcsSeries.Window window = new IcsSeries.Window(from, to, MAX_PER_EVENT, true, true);
        List<IcsOccurrence> occurrences = new ArrayList<>();
        for (IcsSeries series : IcsSeries.of(ics)) {
            for (IcsSeries.Instance instance : series.instances(ics, recurrence, window)) {
                if (occurrences.size() == MAX_OCCURRENCES) {
                    throw ics.bad(instance.event().line(), "more than " + MAX_OCCURRENCES + " occurrences from "
                            + from + " to " + to);
                }
                occurrences.add(occurrence(series, instance));
            }
        }
        occurrences.sort(Comparator.comparing(IcsOccurrence::start));
        return occurrences;
    }

    private static IcsOccurrence occurrence(IcsSeries series, IcsSeries.Instance instance) {
        IcsEvent event = instance.event();
        IcsSeries.Timing start = instance.start();
        Instant end = instance.end() != null ? instance.end().instant()
                : start.day() ? start.instant().plus(Duration.ofDays(1)) : start.instant();
        String recurrenceId = instance.original() == null ? null
                : instance.original().day() ? instance.original().local().toLocalDate().toString()
                : instance.original().instant().toString();
        List<String> attendees = event.attendees().stream().map(IcsEvent.Address::email).filter(Objects::nonNull)
                .toList();
        return new IcsOccurrence(series.uid(), recurrenceId, start.instant(), end, start.day(),
                start.local().toLocalDate(), event.summary(), instance.cancelled() || event.method().equals("CANCEL"),
                event.organizer() == null ? null : event.organizer().email(), attendees);
    }
}
