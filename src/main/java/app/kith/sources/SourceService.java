package app.kith.sources;

import app.kith.interactions.InteractionService;
import app.kith.outbound.OutboundGuard;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.ConflictException;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Patch;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sources module's API for every surface: an account's sources (added, changed, paused, synced
 * now, removed with or without what they captured) and their problems for Today. Credentials go in
 * and never come out.
 */
@Service
public class SourceService {
    private final Sources sources;
    private final Credentials credentials;
    private final SourceSyncs syncs;
    private final InteractionService interactions;
    private final SeenItems seen;
    private final TouchKeys touches;
    private final Suggestions suggestions;
    private final IcsReads calendars;
    private final OutboundGuard guard;
    private final Clock clock;

    SourceService(Sources sources, Credentials credentials, SourceSyncs syncs, InteractionService interactions,
                  SeenItems seen, TouchKeys touches, Suggestions suggestions, IcsReads calendars, OutboundGuard guard,
                  Clock clock) {
        this.sources = sources;
        this.credentials = credentials;
        this.syncs = syncs;
        this.interactions = interactions;
        this.seen = seen;
        this.touches = touches;
        this.suggestions = suggestions;
        this.calendars = calendars;
        this.guard = guard;
        this.clock = clock;
    }

    public List<Source> list(AccountId account) {
        long now = clock.instant().getEpochSecond();
        return sources.all(account).stream().map(row -> view(account, row, now)).toList();
    }

    public Source get(AccountId account, String id) {
        return view(account, row(account, id), clock.instant().getEpochSecond());
    }

    /** Adds a source; its first sync is due at once (the next background run, or a sync asked for now). */
    @Transactional
    public Source create(AccountId account, SourceChanges changes) {
        SourceKind kind = Choice.parse(SourceKind.class, "kind", changes.kind());
        if (kind == null) {
            throw new InvalidInputException("kind", "is required (" + Choice.choices(SourceKind.class) + ")");
        }
        String id = Ids.newId();
        Instant now = clock.instant();
        boolean paused = Boolean.TRUE.equals(changes.paused());
        String name;
        Object settings;
        String secret;
        if (kind == SourceKind.ICS) {
            secret = url(changes.url());
            IcsSettings calendar = SourceEditor.ics(null, changes, secret == null ? null : URI.create(secret),
                    LocalDate.now(clock));
            name = SourceEditor.name(changes.name(), null, calendar);
            settings = calendar;
        } else {
            ImapSettings mailbox = SourceEditor.imap(null, changes, LocalDate.now(clock));
            secret = SourceEditor.password(changes.password());
            if (secret == null) {
                throw new InvalidInputException("password", "is required: the mailbox's password or app password");
            }
            name = SourceEditor.name(changes.name(), null, mailbox);
            settings = mailbox;
        }
        sources.insert(account, new Sources.Row(id, kind, name, syncs.settings(settings),
                credentials.seal(account, id, secret), paused, SourceStatus.NEW, null, null, null,
                paused ? null : now.getEpochSecond(), null, now), now);
        return get(account, id);
    }

    /**
     * Changes a source; a new password replaces the one kept. Pointed at another mailbox (host, user),
     * or at an earlier start date, it is read again from the start, without counting anything twice.
     */
    @Transactional
    public Source update(AccountId account, String id, SourceChanges changes) {
        Sources.Row row = row(account, id);
        if (changes.kind() != null && Choice.parse(SourceKind.class, "kind", changes.kind()) != row.kind()) {
            throw new InvalidInputException("kind", "cannot change: remove the source and add another");
        }
        boolean paused = Patch.field(changes.paused(), row.paused());
        Instant now = clock.instant();
        Long next = paused ? null : row.paused() || row.nextSyncAt() == null ? Long.valueOf(now.getEpochSecond())
                : row.nextSyncAt();
        String name;
        Object settings;
        String secret;
        boolean readAgain;
        if (row.kind() == SourceKind.ICS) {
            IcsSettings before = syncs.icsSettings(row);
            secret = url(changes.url());
            IcsSettings after = SourceEditor.ics(before, changes, secret == null ? null : URI.create(secret),
                    LocalDate.now(clock));
            name = SourceEditor.name(changes.name(), row.name(), after);
            settings = after;
            readAgain = secret != null || after.startDate().isBefore(before.startDate());
        } else {
            ImapSettings before = syncs.imapSettings(row);
            ImapSettings after = SourceEditor.imap(before, changes, LocalDate.now(clock));
            secret = SourceEditor.password(changes.password());
            name = SourceEditor.name(changes.name(), row.name(), after);
            settings = after;
            readAgain = !before.host().equals(after.host()) || !before.user().equals(after.user())
                    || after.startDate().isBefore(before.startDate()) || !Objects.equals(before.mode(), after.mode());
        }
        sources.update(account, new Sources.Row(id, row.kind(), name, syncs.settings(settings),
                Patch.field(secret, row.credentials(), s -> credentials.seal(account, id, s)), paused, row.status(),
                row.lastError(), row.progress(), row.lastSyncAt(), next, row.leaseUntil(), row.createdAt()), now);
        if (readAgain) {
            sources.forgetFolders(account, id);
            calendars.forget(account, id);
        }
        return get(account, id);
    }

    /** A calendar's address, checked for its form (where it leads is judged when it is fetched), or null. */
    private String url(String given) {
        String url = SourceEditor.calendarUrl(given);
        return url == null ? null : guard.url("url", url).toString();
    }

    /** Syncs the source now, with progress as it goes; a sync already running is a conflict. */
    public SyncReport sync(AccountId account, String id, SyncProgress progress) {
        row(account, id);
        return syncs.run(account, id, progress, true);
    }

    /** Syncs every source of the account that is not paused, one after another. */
    public List<SyncReport> syncAll(AccountId account, SyncProgress progress) {
        List<SyncReport> reports = new ArrayList<>();
        for (Sources.Row row : sources.all(account)) {
            if (!row.paused()) {
                reports.add(syncs.run(account, row.id(), progress, true));
            }
        }
        return reports;
    }

    /**
     * Removes a source. What it captured stays, and is never counted twice should the source come
     * back, unless {@code deleteCaptured}: then every interaction it logged goes too, in the same
     * transaction, with what it counted. Returns how many interactions were deleted.
     */
    @Transactional
    public int remove(AccountId account, String id, boolean deleteCaptured) {
        Sources.Row row = row(account, id);
        if (row.leasedAt(clock.instant().getEpochSecond())) {
            throw new ConflictException("a sync of " + row.name() + " is running; remove it when the sync is done");
        }
        int deleted = 0;
        if (deleteCaptured) {
            deleted = interactions.deleteCaptured(account, id);
            touches.deleteBySource(account, id);
            seen.deleteBySource(account, id);
            suggestions.deleteBySource(account, id);
        }
        sources.delete(account, id);
        return deleted;
    }

    /**
     * How a timeline names what each of the account's sources captured ("from mail"), by source id;
     * what a removed source captured is not in it.
     */
    public Map<String, String> labels(AccountId account) {
        Map<String, String> labels = new HashMap<>();
        sources.all(account).forEach(row -> labels.put(row.id(), switch (row.kind()) {
            case IMAP -> "from mail";
            case ICS -> "from calendar";
        }));
        return labels;
    }

    /** The account's sources whose last sync failed, with why. */
    public List<SourceProblem> problems(AccountId account) {
        return sources.failing(account).stream()
                .map(row -> new SourceProblem(row.id(), row.name(), row.lastError())).toList();
    }

    private Sources.Row row(AccountId account, String id) {
        return Ids.found("source", id, i -> sources.find(account, i));
    }

    private Source view(AccountId account, Sources.Row row, long now) {
        return new Source(row.id(), row.kind(), row.name(), syncs.imapSettings(row), syncs.icsSettings(row),
                row.kind() == SourceKind.IMAP ? Boolean.valueOf(row.credentials() != null) : null,
                row.paused(), row.status(), row.leasedAt(now), row.progress(), row.lastError(), row.lastSyncAt(),
                row.nextSyncAt() == null ? null : Instant.ofEpochSecond(row.nextSyncAt()),
                interactions.countCaptured(account, row.id()), row.createdAt());
    }
}
