package app.kith.sources;

import java.time.LocalDate;
import java.util.List;

/**
 * A mailbox source's settings, as stored and shown: never its password.
 *
 * @param folders   the folders read; empty means INBOX and the Sent folder (found by its SPECIAL-USE
 *                  {@code \Sent} flag, else by its usual names)
 * @param startDate messages before this day are not read
 * @param subjects  whether subjects are kept, as the captured interactions' notes
 */
public record ImapSettings(String host, int port, TlsMode tls, String user, List<String> folders, LocalDate startDate,
                           boolean subjects, MailMode mode) {

    public ImapSettings {
        folders = List.copyOf(folders);
    }
}
