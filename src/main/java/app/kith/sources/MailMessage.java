package app.kith.sources;

import java.time.Instant;
import java.util.List;

/**
 * The headers of one message that Kith reads, and nothing else: never the body.
 *
 * @param messageId   the Message-ID without its angle brackets, or null
 * @param references  the References (oldest first) and then the In-Reply-To ids, without angle brackets
 * @param from        the From addresses
 * @param date        the Date header's instant, or null when it has none that parses
 * @param received    when the server received it (IMAP's INTERNALDATE), or null
 * @param bulk        true when a header marks it as a list, bulk mail or an automatic reply
 * @param subject     the subject, or null
 */
record MailMessage(String messageId, List<String> references, List<Address> from, List<Address> to,
                   List<Address> cc, List<Address> bcc, Instant date, Instant received, boolean bulk, String subject) {

    /** An address as a header gives it: the address in lower case and its display name, if any. */
    record Address(String email, String name) {
    }

    /** The thread the message belongs to: the first message it refers to, else itself. */
    String thread() {
        return references.isEmpty() ? messageId : references.getFirst();
    }
}
