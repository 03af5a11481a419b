package app.kith.sources;

import app.kith.outbound.VettedHost;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.StoreClosedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.Status;

/**
 * A signed-in IMAP connection (Angus Mail) to a host the outbound guard vetted: the socket goes to
 * the vetted address only ({@link VettedHost#sockets()}, no fallback to a socket of Angus's own), and
 * TLS, from the first byte or after STARTTLS, checks the server's certificate against the host's
 * name. Folders are only ever opened read-only.
 */
final class ImapMailbox implements AutoCloseable {
    private static final String CONNECT_MILLIS = "10000";
    private static final String READ_MILLIS = "60000";

    private final IMAPStore store;

    private ImapMailbox(IMAPStore store) {
        this.store = store;
    }

    static ImapMailbox connect(VettedHost host, ImapSettings settings, String password) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.imap.host", host.name());
        p.put("mail.imap.port", Integer.toString(settings.port()));
        p.put("mail.imap.connectiontimeout", CONNECT_MILLIS);
        p.put("mail.imap.timeout", READ_MILLIS);
        p.put("mail.imap.socketFactory", host.sockets());
        p.put("mail.imap.socketFactory.fallback", "false");
        p.put("mail.imap.peek", "true");
        p.put("mail.imap.ssl.checkserveridentity", "true");
        switch (settings.tls()) {
            case SSL -> p.put("mail.imap.ssl.enable", "true");
            case STARTTLS -> {
                p.put("mail.imap.starttls.enable", "true");
                p.put("mail.imap.starttls.required", "true");
            }
            case NONE -> {
            }
        }
        IMAPStore store = (IMAPStore) Session.getInstance(p).getStore("imap");
        store.connect(host.name(), settings.port(), settings.user(), password);
        return new ImapMailbox(store);
    }

    /** The folders to read: those the source names, else INBOX and the folder of sent mail. */
    List<String> folders(List<String> configured) throws MessagingException {
        if (!configured.isEmpty()) {
            return configured;
        }
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (Folder f : store.getDefaultFolder().list("*")) {
            all.put(f.getFullName(), List.of(((IMAPFolder) f).getAttributes()));
        }
        List<String> folders = new ArrayList<>(List.of("INBOX"));
        SentFolders.among(all).filter(name -> !name.equalsIgnoreCase("INBOX")).ifPresent(folders::add);
        return folders;
    }

    /**
     * Whether a folder has nothing after {@code state}, by one STATUS of its UIDVALIDITY and UIDNEXT,
     * without opening it: false when it may have (or the server does not say), and the folder is read.
     */
    boolean unchanged(String name, FolderState state) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(name);
        Status status;
        try {
            status = (Status) folder.doCommand(p -> p.status(folder.getFullName(),
                    new String[] {"UIDNEXT", "UIDVALIDITY"}));
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException e) {
            // Refused (no such folder...): opening it says why.
            return false;
        }
        return status != null && status.uidvalidity == state.uidValidity() && status.uidnext > 0
                && status.uidnext <= state.lastUid() + 1;
    }

    /** A folder opened read-only; a folder that is not there is a failure that names it. */
    ImapFolderReader folder(String name) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(name);
        if (!folder.exists()) {
            throw new SyncFailure("the folder '" + name + "' does not exist on the server");
        }
        return new ImapFolderReader(folder);
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (MessagingException e) {
            // The connection is going anyway; nothing was written.
        }
    }
}
