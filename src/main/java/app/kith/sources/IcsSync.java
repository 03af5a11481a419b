package app.kith.sources;

import app.kith.calendar.IcsOccurrence;
import app.kith.calendar.IcsOccurrences;
import app.kith.interactions.InteractionKind;
import app.kith.interactions.InteractionService;
import app.kith.outbound.HttpDocument;
import app.kith.outbound.OutboundHttp;
import app.kith.shared.AccountId;
import app.kith.shared.BadDataException;
import app.kith.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One sync of a calendar's iCalendar address: fetched through the outbound guard (at most
 * {@value #MAX_BYTES} bytes, with the last read's ETag and Last-Modified, so a calendar that did not
 * change answers 304 and is not read), laid out by {@link IcsOccurrences} with its hostile-recurrence
 * bounds, from the source's start date to {@link #AHEAD} from now. Each meeting that has ended with
 * someone other than the owner (its organizer and attendees, by email) is a {@code meeting} capture
 * (its unknown attendees suggested only when the owner organized it, or nobody did),
 * counted once by UID, RECURRENCE-ID and day, one touch a day per person and series; a cancelled one
 * is not, and what the source captured of it before (that series, that day) is taken back. The meetings yet to come are kept for meeting prep, and captured once they
 * end even while the calendar answers 304.
 */
@Component
class IcsSync {
    static final int MAX_BYTES = 20 * 1024 * 1024;
    /** How far ahead meetings are kept: past the sends of conditional fetches below. */
    static final Duration AHEAD = Duration.ofDays(8);
    /** A calendar read in full longer ago than this is read in full again, whatever its validators say. */
    static final Duration REVALIDATE = Duration.ofDays(7);
    static final int BATCH = 500;
    static final int KEPT = 2_000;
    static final int NOTES = 500;

    private final OutboundHttp http;
    private final Captures captures;
    private final IcsReads reads;
    private final TouchKeys touches;
    private final InteractionService interactions;
    private final OwnerAddresses owners;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IcsSync(OutboundHttp http, Captures captures, IcsReads reads, TouchKeys touches, InteractionService interactions,
            OwnerAddresses owners, PlatformTransactionManager transactions, Clock clock) {
        this.http = http;
        this.captures = captures;
        this.reads = reads;
        this.touches = touches;
        this.interactions = interactions;
        this.owners = owners;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Reads the calendar; a failure is a {@link SyncFailure} or the guard's {@code OutboundException}. */
    SyncReport sync(AccountId account, String sourceId, String name, IcsSettings settings, String url,
                    SyncProgress going) {
        Instant now = clock.instant();
        Optional<IcsReads.State> last = reads.state(account, sourceId)
                .filter(s -> s.readAt().isAfter(now.minus(REVALIDATE)));
        HttpDocument document = http.fetch(URI.create(url), last.map(IcsReads.State::etag).orElse(null),
                last.map(IcsReads.State::lastModified).orElse(null), MAX_BYTES);
        Set<String> owner = owners.of(account, null);
        if (document.notModified()) {
            List<Capture> ended = reads.ended(account, sourceId, now).stream().map(m -> capture(m, settings.subjects()))
                    .toList();
            CaptureResult result = transaction.execute(status -> {
                CaptureResult recorded = captures.record(account, sourceId, ended);
                reads.deleteEnded(account, sourceId, now);
                return recorded;
            });
            return report(sourceId, name, 0, result);
        }
        List<IcsOccurrence> occurrences = occurrences(settings, document.body(), now);
        List<Capture> past = new ArrayList<>();
        Set<TouchKeys.Day> cancelled = new HashSet<>();
        List<IcsReads.Upcoming> upcoming = new ArrayList<>();
        for (IcsOccurrence o : occurrences) {
            if (o.cancelled()) {
                if (o.start().isBefore(now)) {
                    cancelled.add(new TouchKeys.Day(threadKey(o), o.day()));
                }
                continue;
            }
            List<String> others = others(o, owner);
            if (others.isEmpty()) {
                continue;
            }
            boolean byOwner = o.organizer() == null || owner.contains(o.organizer().strip().toLowerCase(Locale.ROOT));
            if (!o.end().isAfter(now)) {
                past.add(new Capture(itemKey(o), threadKey(o), o.day(), InteractionKind.MEETING, byOwner,
                        others.stream().map(e -> new Correspondent(e, null)).toList(),
                        settings.subjects() ? notes(o.summary()) : null));
            } else if (upcoming.size() < KEPT) {
                upcoming.add(new IcsReads.Upcoming(sourceId, itemKey(o), threadKey(o), o.start(), o.end(), o.allDay(),
                        o.day(), notes(o.summary()), others, byOwner));
            }
        }
        CaptureResult result = new CaptureResult(0, 0, 0);
        for (int from = 0; from < past.size(); from += BATCH) {
            List<Capture> batch = past.subList(from, Math.min(past.size(), from + BATCH));
            result = result.plus(captures.record(account, sourceId, batch));
            going.read(SyncProgress.EVENTS, from + batch.size(), past.size());
        }
        transaction.executeWithoutResult(status -> {
            takeBack(account, sourceId, cancelled);
            reads.replaceUpcoming(account, sourceId, upcoming);
            reads.saveState(account, sourceId, new IcsReads.State(document.etag(), document.lastModified(), now));
        });
        return report(sourceId, name, occurrences.size(), result);
    }

    private List<IcsOccurrence> occurrences(IcsSettings settings, byte[] body, Instant now) {
        Instant to = now.plus(AHEAD);
        Instant from = settings.startDate().atStartOfDay(clock.getZone()).toInstant();
        try {
            return IcsOccurrences.read(settings.host(), new ByteArrayInputStream(body),
                    from.isBefore(to) ? from : to.minusSeconds(1), to);
        } catch (BadDataException e) {
            throw new SyncFailure("what " + settings.host() + " sent is not a calendar Kith can read: "
                    + e.getMessage());
        } catch (IOException e) {
            throw new SyncFailure("the calendar from " + settings.host() + " could not be read");
        }
    }

    /** Deletes what this source captured of meetings cancelled since, unless the user deleted it first. */
    private void takeBack(AccountId account, String sourceId, Set<TouchKeys.Day> days) {
        if (days.isEmpty()) {
            return;
        }
        touches.logged(account, sourceId, days).forEach((touch, interaction) -> {
            try {
                interactions.delete(account, interaction);
            } catch (NotFoundException e) {
                // Deleted by the user already.
            }
            touches.delete(account, touch);
        });
    }

    /** The organizer's and attendees' addresses, but the owner's, no-reply ones and rooms'. */
    private static List<String> others(IcsOccurrence o, Set<String> owner) {
        return Stream.concat(Stream.of(o.organizer()), o.attendees().stream()).filter(Objects::nonNull)
                .map(e -> e.strip().toLowerCase(Locale.ROOT))
                .filter(OwnerAddresses::isAddress)
                .filter(e -> !owner.contains(e) && !MailRules.noReply(e) && !e.endsWith("calendar.google.com"))
                .distinct().toList();
    }

    private static Capture capture(IcsReads.Upcoming m, boolean subjects) {
        return new Capture(m.itemKey(), m.threadKey(), m.day(), InteractionKind.MEETING, m.byOwner(),
                m.emails().stream().map(e -> new Correspondent(e, null)).toList(), subjects ? m.title() : null);
    }

    /**
     * The series an occurrence belongs to, by its UID (without one, its start and title): one meeting
     * a day per person and series, as a thread of mail is one touch a day.
     */
    private static String threadKey(IcsOccurrence o) {
        String uid = o.uid() != null ? o.uid() : "no uid " + o.start() + " " + o.summary();
        return Keys.of("ics\n" + uid);
    }

    /** An occurrence across reads: its UID, RECURRENCE-ID and day. */
    private static String itemKey(IcsOccurrence o) {
        return Keys.of(threadKey(o) + "\n" + Objects.toString(o.recurrenceId(), "") + "\n" + o.day());
    }

    private static String notes(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        String line = summary.strip().replaceAll("\\s+", " ");
        return line.length() > NOTES ? line.substring(0, NOTES - 1) + "…" : line;
    }

    private static SyncReport report(String sourceId, String name, int events, CaptureResult result) {
        return new SyncReport(sourceId, name, events, SourceSyncs.unit(SourceKind.ICS), result.counted(),
                result.logged(), result.suggested(), null);
    }
}
