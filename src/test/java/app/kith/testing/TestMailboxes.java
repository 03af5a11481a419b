package app.kith.testing;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import java.util.Date;
import java.util.UUID;

/**
 * A real IMAP server for the tests (GreenMail, on loopback only, plain IMAP and IMAPS), started once
 * per test run; each test works in mailboxes of its own.
 */
public final class TestMailboxes {
    public static final String PASSWORD = "correct horse mailbox staple";
    private static GreenMail server;

    private TestMailboxes() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS).dynamicPort()});
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int imapPort() {
        return server().getImap().getPort();
    }

    public static int imapsPort() {
        return server().getImaps().getPort();
    }

    /** A new mailbox, with INBOX and a Sent folder; its address is also its login. */
    public static String newMailbox(String name) {
        String address = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@mail.example.org";
        GreenMailUser user = server().setUser(address, address, PASSWORD);
        try {
            hosts().createMailbox(user, "Sent");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return address;
    }

    /** Makes a folder in a mailbox. */
    public static void newFolder(String address, String name) {
        try {
            hosts().createMailbox(server().getUserManager().getUser(address), name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts a message into a folder of a mailbox, as if it had arrived (or been sent) at its Date. */
    public static void put(String address, String folder, TestMail mail) {
        folder(address, folder).appendMessage(mail.message(), new Flags(),
                mail.date() == null ? new Date() : Date.from(mail.date()));
    }

    public static MailFolder folder(String address, String name) {
        GreenMailUser user = server().getUserManager().getUser(address);
        try {
            return name.equals("INBOX") ? hosts().getInbox(user) : hosts().getFolder(user, name, true);
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Deletes a folder and makes it again, empty, with a new UIDVALIDITY (GreenMail's is the second it
     * was made in, so this waits for the next second when it has to).
     */
    public static void recreate(String address, String name) throws Exception {
        GreenMailUser user = server().getUserManager().getUser(address);
        long before = folder(address, name).getUidValidity();
        do {
            hosts().deleteMailbox(user, name);
            hosts().createMailbox(user, name);
            if (folder(address, name).getUidValidity() == before) {
                Thread.sleep(200);
            }
        } while (folder(address, name).getUidValidity() == before);
    }

    private static ImapHostManager hosts() {
        return server().getManagers().getImapHostManager();
    }
}
