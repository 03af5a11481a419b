package app.kith.sources;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.outbound.OutboundGuard;
import app.kith.testing.TestDatabases.Vendor;
import app.kith.testing.TestMail;
import app.kith.testing.TestMailboxes;
import com.icegreen.greenmail.store.MailFolder;
import jakarta.mail.Flags;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding where to go on in a folder, against a real IMAP server: the first message after a UID,
 * found from the end in a few probes, also where other programs deleted messages meanwhile.
 */
class ImapFolderReaderTests {

    private static ImapMailbox connect(String mailbox) throws Exception {
        OutboundGuard guard = SourceNodes.bean(Vendor.SQLITE, OutboundGuard.class);
        return ImapMailbox.connect(guard.vet("127.0.0.1"), new ImapSettings("127.0.0.1", TestMailboxes.imapPort(),
                TlsMode.NONE, mailbox, List.of(), LocalDate.of(2020, 1, 1), false, MailMode.MAILBOX), TestMailboxes.PASSWORD);
    }

    @Test
    void theFirstMessageAfterAUidIsFoundAlsoWhereMessagesWereDeleted() throws Exception {
        String mailbox = TestMailboxes.newMailbox("reader");
        for (int i = 1; i <= 40; i++) {
            TestMailboxes.put(mailbox, "INBOX", TestMail.from("a@example.org").to(mailbox).id("r" + i + "@example.org")
                    .at("2026-01-01T10:00:00Z"));
        }
        MailFolder inbox = TestMailboxes.folder(mailbox, "INBOX");
        for (long uid = 5; uid <= 12; uid++) {
            inbox.setFlags(new Flags(Flags.Flag.DELETED), true, uid, null, true);
        }
        inbox.setFlags(new Flags(Flags.Flag.DELETED), true, 30, null, true);
        inbox.expunge();

        try (ImapMailbox store = connect(mailbox); ImapFolderReader reader = store.folder("INBOX")) {
            assertThat(reader.count()).isEqualTo(31);
            assertThat(reader.firstAfter(0)).isEqualTo(1);
            assertThat(reader.firstAfter(3)).as("UID 4 is the fourth").isEqualTo(4);
            assertThat(reader.firstAfter(4)).as("UIDs 5 to 12 are gone: UID 13 is the fifth").isEqualTo(5);
            assertThat(reader.firstAfter(8)).isEqualTo(5);
            assertThat(reader.firstAfter(29)).as("UID 31, after 30 went").isEqualTo(22);
            assertThat(reader.firstAfter(39)).as("UID 40, the last").isEqualTo(31);
            assertThat(reader.firstAfter(40)).as("nothing after the last").isEqualTo(32);
            assertThat(reader.read(22, 23, m -> false, false, java.time.ZoneOffset.UTC))
                    .extracting(ImapFolderReader.Read::uid).containsExactly(31L, 32L);
        }
    }
}
