package app.kith.sources;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;
import org.eclipse.angus.mail.imap.protocol.UID;

/**
 * One folder, open read-only, read a batch of messages at a time by sequence number: each batch is
 * one FETCH of the UID, INTERNALDATE and the few headers Kith reads ({@link MailHeaders#FETCHED}),
 * sent as is and read from its responses, so the mail store keeps no message object for it and
 * memory stays bounded by the batch however large the folder. Only a forwarded message whose
 * original is wanted is read as a message of the store (its parts); those the store keeps until
 * the folder closes, so a sync that read some opens the folder again now and then ({@link #reopen}).
 */
final class ImapFolderReader implements AutoCloseable {
    private static final Session HEADERS = Session.getInstance(new Properties());
    private final IMAPFolder folder;
    private final long validity;
    private final String items;
    private int held;

    /** A message read: its UID, its headers and, when asked for, its forwarded original's headers. */
    record Read(long uid, MailMessage message, MailMessage original) {
    }

    /** The folder's UIDs were renumbered (a new UIDVALIDITY) while it was being read. */
    static final class Renumbered extends RuntimeException {
        Renumbered() {
            super("the folder's UIDVALIDITY changed while it was read", null, false, false);
        }
    }

    ImapFolderReader(IMAPFolder folder) throws MessagingException {
        this.folder = folder;
        folder.open(Folder.READ_ONLY);
        this.validity = folder.getUIDValidity();
        this.items = "(UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (" + String.join(" ", MailHeaders.FETCHED)
                .toUpperCase(Locale.ROOT) + ")])";
    }

    long uidValidity() {
        return validity;
    }

    /** The UID the next new message will get, as the server said on opening; 0 or less when it did not say. */
    long uidNext() throws MessagingException {
        return folder.getUIDNext();
    }

    int count() throws MessagingException {
        return folder.getMessageCount();
    }

    /**
     * The sequence number of the first message whose UID is above {@code after} ({@link #count()} + 1
     * when there is none). New mail is at the end, so the search starts there and steps back, doubling
     * its step: a few probes, one small FETCH each, whatever the folder's size.
     */
    int firstAfter(long after) throws MessagingException {
        int count = count();
        if (after <= 0 || count == 0) {
            return 1;
        }
        if (uidAt(count) <= after) {
            return count + 1;
        }
        int high = count;
        int step = 1;
        int low = count - step;
        while (low >= 1 && uidAt(low) > after) {
            high = low;
            step *= 2;
            low = count - step;
        }
        low = Math.max(low, 0);
        // uidAt(high) > after, and low is 0 or has uidAt(low) <= after.
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (uidAt(middle) > after) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private long uidAt(int sequence) throws MessagingException {
        return folder.getUID(folder.getMessage(sequence));
    }

    /**
     * Messages {@code from} to {@code to} (sequence numbers), with the forwarded originals of those that
     * want one, in one FETCH of headers. A message deleted by another program meanwhile is left out.
     */
    List<Read> read(int from, int to, Predicate<MailMessage> wantsOriginal, boolean forwards, ZoneId zone)
            throws MessagingException {
        List<Fetched> fetched = fetch(from, to);
        List<Read> read = new ArrayList<>(fetched.size());
        for (Fetched f : fetched) {
            MailMessage headers = MailHeaders.of(new MimeMessage(HEADERS, f.headers().getByteArrayInputStream()),
                    f.received());
            MailMessage original = null;
            if (forwards && wantsOriginal.test(headers)) {
                try {
                    Message message = folder.getMessageByUID(f.uid());
                    held++;
                    original = message == null ? null : ForwardedMessages.original(message, zone);
                } catch (MessageRemovedException e) {
                    // Deleted by another program since the batch was read: its original is gone.
                }
            }
            read.add(new Read(f.uid(), headers, original));
        }
        return read;
    }

    private record Fetched(long uid, Instant received, BODY headers) {
    }

    /** One FETCH, its own responses read here; the server's other news (EXISTS, EXPUNGE) goes to the folder. */
    private List<Fetched> fetch(int from, int to) throws MessagingException {
        String command = "FETCH " + from + ":" + to + " " + items;
        Object answer = folder.doCommand(protocol -> {
            Response[] responses = protocol.command(command, null);
            List<Fetched> found = new ArrayList<>(to - from + 1);
            for (Response r : responses) {
                if (r instanceof FetchResponse f) {
                    UID uid = f.getItem(UID.class);
                    BODY body = f.getItem(BODY.class);
                    INTERNALDATE date = f.getItem(INTERNALDATE.class);
                    if (uid != null && body != null) {
                        found.add(new Fetched(uid.uid, date == null || date.getDate() == null ? null
                                : date.getDate().toInstant(), body));
                    }
                }
            }
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return found;
        });
        @SuppressWarnings("unchecked")
        List<Fetched> found = (List<Fetched>) answer;
        return found;
    }

    /** Whether the mail store holds messages read for their forwarded originals, which {@link #reopen} lets go of. */
    boolean holdsMessages() {
        return held > 0;
    }

    /** Closes the folder and opens it again, letting go of every message the store read so far. */
    void reopen() throws MessagingException {
        folder.close(false);
        folder.open(Folder.READ_ONLY);
        held = 0;
        if (folder.getUIDValidity() != validity) {
            throw new Renumbered();
        }
    }

    @Override
    public void close() {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException e) {
            // Read-only: closing writes nothing, and the connection closes after.
        }
    }
}
