package app.kith.sources;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the headers Kith uses from a message a mail store fetched: the envelope (From, To, Cc, Bcc,
 * Date, Message-ID, In-Reply-To, Subject) and the few other headers fetched with it ({@link #FETCHED}).
 * Nothing here reads a body.
 */
final class MailHeaders {
    /** The headers fetched besides the envelope. */
    static final List<String> FETCHED = List.of("Message-ID", "In-Reply-To", "References", "List-Id",
            "List-Unsubscribe", "Precedence", "Auto-Submitted", "X-Autoreply", "X-Autorespond");
    private static final Pattern ID = Pattern.compile("<([^<>\\s]+)>");

    private MailHeaders() {
    }

    static MailMessage of(Message m) throws MessagingException {
        List<String> references = new ArrayList<>(ids(header(m, "References")));
        ids(header(m, "In-Reply-To")).stream().filter(id -> !references.contains(id)).forEach(references::add);
        List<String> own = ids(header(m, "Message-ID"));
        return new MailMessage(own.isEmpty() ? null : own.getFirst(), List.copyOf(references),
                addresses(m.getFrom()), addresses(m.getRecipients(Message.RecipientType.TO)),
                addresses(m.getRecipients(Message.RecipientType.CC)),
                addresses(m.getRecipients(Message.RecipientType.BCC)), instant(m.getSentDate()),
                instant(m.getReceivedDate()),
                MailRules.bulk(header(m, "List-Id"), header(m, "List-Unsubscribe"), header(m, "Precedence"),
                        header(m, "Auto-Submitted"), first(header(m, "X-Autoreply"), header(m, "X-Autorespond"))),
                m.getSubject());
    }

    /** The ids in a Message-ID, In-Reply-To or References header, without their angle brackets. */
    static List<String> ids(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(header);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            for (String word : header.strip().split("\\s+")) {
                if (word.contains("@")) {
                    ids.add(word);
                }
            }
        }
        return ids;
    }

    private static String header(Message m, String name) throws MessagingException {
        String[] values = m.getHeader(name);
        return values == null || values.length == 0 ? null : String.join(" ", values);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static List<MailMessage.Address> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        List<MailMessage.Address> found = new ArrayList<>(addresses.length);
        for (Address a : addresses) {
            if (a instanceof InternetAddress internet && internet.getAddress() != null
                    && internet.getAddress().contains("@")) {
                String name = internet.getPersonal();
                found.add(new MailMessage.Address(internet.getAddress().strip().toLowerCase(Locale.ROOT),
                        name == null || name.isBlank() ? null : name.strip()));
            }
        }
        return found;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
