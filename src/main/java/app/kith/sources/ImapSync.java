package app.kith.sources;

import app.kith.outbound.OutboundGuard;
import app.kith.outbound.VettedHost;
import app.kith.shared.AccountId;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One sync of a mailbox: each folder from where the last sync stopped (by UIDVALIDITY and UID), a
 * batch of headers at a time ({@code kith.sources.batch}, 1,000: one FETCH each), each batch recorded with
 * the folder's new position in one transaction, so a sync cut off anywhere goes on from the last batch
 * next time, and a connection lost midway is opened again once and goes on from there at once. A
 * folder whose UIDVALIDITY changed is read again from the start; what was counted before is not
 * counted again (Message-ID).
 */
@Component
class ImapSync {
    /**
     * Batches between closing and opening a folder again, which lets go of the messages the mail store
     * read for their forwarded originals (headers alone are read without leaving anything in it).
     */
    static final int REOPEN_EVERY = 10;

    private final OutboundGuard guard;
    private final Captures captures;
    private final Sources sources;
    private final OwnerAddresses owners;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batch;

    ImapSync(OutboundGuard guard, Captures captures, Sources sources, OwnerAddresses owners,
             PlatformTransactionManager transactions, Clock clock, @Value("${kith.sources.batch:1000}") int batch) {
        this.guard = guard;
        this.captures = captures;
        this.sources = sources;
        this.owners = owners;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        if (batch < 1 || batch > 5_000) {
            throw new IllegalStateException("kith.sources.batch must be 1 to 5000, not " + batch);
        }
        this.batch = batch;
    }

    /** What a sync is told to do as it goes: say how far it got, and keep its hold on the source. */
    interface Going {
        void read(String folder, long done, long total);
    }

    /** Reads the mailbox; a failure is a {@link SyncFailure} or a mail store's exception, for {@link SyncErrors}. */
    SyncReport sync(AccountId account, String sourceId, String name, ImapSettings settings, String password,
                    Going going) throws MessagingException {
        VettedHost host = guard.vet(settings.host());
        if (settings.tls() == TlsMode.NONE && !host.openedByOperator()) {
            throw new SyncFailure("tls none would send the password in clear; Kith allows it only to a server on"
                    + " an address the operator opened with KITH_FETCH_ALLOW. Use ssl or starttls");
        }
        String mailbox = OwnerAddresses.isAddress(settings.user()) ? settings.user().toLowerCase(Locale.ROOT) : null;
        MailTouches rules = new MailTouches(owners.of(account, settings.mode() == MailMode.MAILBOX ? mailbox : null),
                mailbox, settings, clock.getZone(), clock.instant());
        Tally tally = new Tally();
        ImapMailbox store = ImapMailbox.connect(host, settings, password);
        try {
            boolean reconnected = false;
            List<String> folders = store.folders(settings.folders());
            Map<String, FolderState> read = new HashMap<>(sources.folders(account, sourceId));
            read.keySet().retainAll(folders);
            Set<String> unchanged;
            try {
                unchanged = store.unchanged(read);
            } catch (FolderClosedException | StoreClosedException e) {
                // The connection was lost: once a sync, sign in again (as for a folder, below) and ask again.
                reconnected = true;
                store.close();
                store = ImapMailbox.connect(host, settings, password);
                unchanged = store.unchanged(read);
            }
            for (int i = 0; i < folders.size(); i++) {
                String folder = folders.get(i);
                try {
                    if (!unchanged.contains(folder)) {
                        try (ImapFolderReader reader = store.folder(folder)) {
                            readFolder(account, sourceId, folder, reader, rules, settings.mode() == MailMode.FORWARD,
                                    tally, going);
                        }
                    }
                } catch (ImapFolderReader.Renumbered e) {
                    // Renumbered while read: the next sync reads it again from the start.
                } catch (FolderClosedException | StoreClosedException e) {
                    if (reconnected) {
                        throw e;
                    }
                    // The connection was lost: once a sync, sign in again and go on from the last batch kept.
                    reconnected = true;
                    store.close();
                    store = ImapMailbox.connect(host, settings, password);
                    i--;
                }
            }
        } finally {
            store.close();
        }
        return new SyncReport(sourceId, name, tally.messages, SourceSyncs.unit(SourceKind.IMAP),
                tally.result.counted(), tally.result.logged(), tally.result.suggested(), null);
    }

    private void readFolder(AccountId account, String sourceId, String folder, ImapFolderReader reader,
                            MailTouches rules, boolean forwards, Tally tally, Going going) throws MessagingException {
        long validity = reader.uidValidity();
        Optional<FolderState> state = sources.folder(account, sourceId, folder);
        long after = state.filter(s -> s.uidValidity() == validity).map(FolderState::lastUid).orElse(0L);
        boolean renumbered = state.isPresent() && state.get().uidValidity() != validity;
        if (!renumbered && after > 0 && reader.uidNext() > 0 && reader.uidNext() <= after + 1) {
            return;
        }
        int count = reader.count();
        int next = reader.firstAfter(after);
        long total = count - next + 1L;
        long done = 0;
        if (total <= 0) {
            if (state.isEmpty() || renumbered) {
                saveFolder(account, sourceId, folder, new FolderState(validity, after));
            }
            return;
        }
        int batches = 0;
        while (next <= count) {
            int last = Math.min(count, next + batch - 1);
            List<ImapFolderReader.Read> read = reader.read(next, last, rules::wantsOriginal, forwards, clock.getZone());
            long highest = read.stream().mapToLong(ImapFolderReader.Read::uid).max().orElse(after);
            List<Capture> captured = read.stream().map(r -> rules.capture(r.message(), r.original()))
                    .flatMap(Optional::stream).toList();
            long position = Math.max(after, highest);
            CaptureResult result = transaction.execute(status -> {
                CaptureResult recorded = captures.record(account, sourceId, captured);
                sources.saveFolder(account, sourceId, folder, new FolderState(validity, position));
                return recorded;
            });
            tally.add(read.size(), result);
            after = position;
            done += last - next + 1;
            going.read(folder, done, total);
            next = last + 1;
            boolean moved = reader.count() < count;
            if (++batches % REOPEN_EVERY == 0 && reader.holdsMessages() && next <= count) {
                reader.reopen();
                moved = true;
            }
            if (moved) {
                // Messages were deleted meanwhile (or the folder opened again): sequence numbers moved.
                count = reader.count();
                next = reader.firstAfter(after);
            }
        }
    }

    private void saveFolder(AccountId account, String sourceId, String folder, FolderState state) {
        transaction.executeWithoutResult(status -> sources.saveFolder(account, sourceId, folder, state));
    }

    private static final class Tally {
        int messages;
        CaptureResult result = new CaptureResult(0, 0, 0);

        void add(int read, CaptureResult batch) {
            messages += read;
            result = result.plus(batch);
        }
    }
}
