package app.kith.sources;

import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.NotFoundException;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one sync of one source, wherever it is asked for (the background, the Sources page, the API,
 * the CLI): takes the source's lease (another sync holding it means this one does not run), reads it,
 * records how it went, and sets the next background sync, later when it failed so a refused password
 * is not tried every few minutes.
 */
@Component
class SourceSyncs {
    static final Duration LEASE = Duration.ofMinutes(30);
    static final Duration AFTER_FAILURE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(SourceSyncs.class);

    private final Sources sources;
    private final Credentials credentials;
    private final ImapSync imap;
    private final IcsSync ics;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration every;

    SourceSyncs(Sources sources, Credentials credentials, ImapSync imap, IcsSync ics, JsonMapper json, Clock clock,
                @Value("${kith.sources.every:PT15M}") Duration every) {
        this.sources = sources;
        this.credentials = credentials;
        this.imap = imap;
        this.ics = ics;
        this.json = json;
        this.clock = clock;
        this.every = every;
    }

    Duration every() {
        return every;
    }

    /**
     * Syncs the source now. Asked for by hand, a sync already running is a conflict; in the background
     * it is skipped (null).
     */
    SyncReport run(AccountId account, String id, SyncProgress progress, boolean byHand) {
        Sources.Row row = sources.find(account, id).orElseThrow(() -> new NotFoundException("source", id));
        long now = clock.instant().getEpochSecond();
        if (!sources.claim(account, id, now, now + LEASE.toSeconds())) {
            if (byHand) {
                throw new ConflictException("a sync of " + row.name() + " is already running; try again when it is done");
            }
            return null;
        }
        ImapSettings mailbox = imapSettings(row);
        IcsSettings calendar = icsSettings(row);
        String server = mailbox != null ? mailbox.host() + ":" + mailbox.port() : calendar.host();
        String secret = null;
        try {
            secret = credentials.open(account, id, row.credentials());
            SyncProgress going = (folder, done, total) -> {
                progress.read(folder, done, total);
                sources.renew(account, id, clock.instant().plus(LEASE).getEpochSecond(),
                        folder + ": " + String.format(Locale.ROOT, "%,d of %,d", Math.min(done, total), total));
            };
            SyncReport report = switch (row.kind()) {
                case IMAP -> imap.sync(account, id, row.name(), mailbox, secret, going::read);
                case ICS -> ics.sync(account, id, row.name(), calendar, secret, going);
            };
            finish(account, id, SourceStatus.OK, null, every);
            return report;
        } catch (MessagingException | RuntimeException e) {
            String error = SyncErrors.describe(e, server, mailbox == null ? null : mailbox.user(), secret);
            if (e instanceof MessagingException || e instanceof SyncFailure || e.getClass().getPackageName()
                    .startsWith("app.kith")) {
                log.warn("Source {} of account {} failed to sync: {}", id, account.value(), error);
            } else {
                log.error("Source {} of account {} failed to sync: {}", id, account.value(), error, e);
            }
            finish(account, id, SourceStatus.FAILING, error, every.compareTo(AFTER_FAILURE) > 0 ? every : AFTER_FAILURE);
            return new SyncReport(id, row.name(), 0, unit(row.kind()), 0, 0, 0, error);
        }
    }

    private void finish(AccountId account, String id, SourceStatus status, String error, Duration next) {
        Instant now = clock.instant();
        sources.finish(account, id, status, error, now, now.plus(next).getEpochSecond());
    }

    /** What a sync of this kind of source reads: messages, or a calendar's events. */
    static String unit(SourceKind kind) {
        return kind == SourceKind.ICS ? "events" : "messages";
    }

    /** A mailbox's settings, or null for another kind of source. */
    ImapSettings imapSettings(Sources.Row row) {
        return row.kind() == SourceKind.IMAP ? json.readValue(row.settings(), ImapSettings.class) : null;
    }

    /** A calendar's settings, or null for another kind of source. */
    IcsSettings icsSettings(Sources.Row row) {
        return row.kind() == SourceKind.ICS ? json.readValue(row.settings(), IcsSettings.class) : null;
    }

    String settings(Object settings) {
        return json.writeValueAsString(settings);
    }
}
