package app.kith.sources;

import app.kith.outbound.VettedHost;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
     * The folders among these that have nothing after where they were read up to, by their UIDVALIDITY
     * and UIDNEXT, without opening them: all asked in one round trip ({@link StatusRound}). A folder
     * that may have more, or the server does not say of (no such folder, refused...), is not among
     * them, and is read: opening it says why.
     */
    Set<String> unchanged(Map<String, FolderState> read) throws MessagingException {
        if (read.isEmpty()) {
            return Set.of();
        }
        IMAPFolder root = (IMAPFolder) store.getDefaultFolder();
        @SuppressWarnings("unchecked")
        Map<String, Status> said = (Map<String, Status>) root.doCommand(
                p -> StatusRound.ask(p, List.copyOf(read.keySet())));
        Set<String> unchanged = new HashSet<>();
        read.forEach((name, state) -> {
            Status status = said.get(name);
            if (status != null && status.uidvalidity == state.uidValidity() && status.uidnext > 0
                    && status.uidnext <= state.lastUid() + 1) {
                unchanged.add(name);
            }
        });
        return unchanged;
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
