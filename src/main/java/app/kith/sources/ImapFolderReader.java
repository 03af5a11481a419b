package app.kith.sources;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * One folder, open read-only, read a batch of messages at a time by sequence number: each batch is
 * one FETCH of envelopes, UIDs and a few headers. The mail store keeps every message it fetched
 * until its folder closes, so the sync closes and opens the folder again every few batches
 * ({@link #reopen}) to keep memory bounded however large the folder.
 */
final class ImapFolderReader implements AutoCloseable {
    private final IMAPFolder folder;
    private final long validity;

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

    /** Messages {@code from} to {@code to} (sequence numbers), with the forwarded originals of those that want one. */
    List<Read> read(int from, int to, Predicate<MailMessage> wantsOriginal, boolean forwards, ZoneId zone)
            throws MessagingException {
        Message[] messages = folder.getMessages(from, to);
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(UIDFolder.FetchProfileItem.UID);
        MailHeaders.FETCHED.forEach(profile::add);
        if (forwards) {
            profile.add(FetchProfile.Item.CONTENT_INFO);
        }
        folder.fetch(messages, profile);
        List<Read> read = new ArrayList<>(messages.length);
        for (Message m : messages) {
            try {
                MailMessage headers = MailHeaders.of(m);
                MailMessage original = forwards && wantsOriginal.test(headers) ? ForwardedMessages.original(m, zone)
                        : null;
                read.add(new Read(folder.getUID(m), headers, original));
            } catch (MessageRemovedException e) {
                // Deleted by another program since the batch was listed: nothing to read.
            }
        }
        return read;
    }

    /** Closes the folder and opens it again, letting go of every message fetched so far. */
    void reopen() throws MessagingException {
        folder.close(false);
        folder.open(Folder.READ_ONLY);
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
