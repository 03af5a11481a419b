package app.kith.sources;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.time.ZoneId;

/**
 * The original of a forwarded message: the headers of an attached message ({@code message/rfc822}),
 * else the forwarded header block in its plain text ({@link ForwardedText}). The parts are read from
 * the server for this and dropped; no body is kept.
 */
final class ForwardedMessages {
    private static final int DEPTH = 4;
    private static final int TEXT_BYTES = 1024 * 1024;

    private ForwardedMessages() {
    }

    /** The original's headers, or null when the message forwards nothing Kith can read. */
    static MailMessage original(Message message, ZoneId zone) throws MessagingException {
        try {
            MailMessage attached = attached(message, 0);
            return attached != null ? attached : inText(message, zone, 0);
        } catch (IOException | RuntimeException e) {
            // A part that cannot be decoded (an unknown charset, a broken structure) forwards nothing readable.
            return null;
        }
    }

    private static MailMessage attached(Part part, int depth) throws MessagingException, IOException {
        if (depth > DEPTH) {
            return null;
        }
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof Message nested) {
            return MailHeaders.of(nested);
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                MailMessage found = attached(parts.getBodyPart(i), depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static MailMessage inText(Part part, ZoneId zone, int depth) throws MessagingException, IOException {
        if (depth > DEPTH) {
            return null;
        }
        if (part.isMimeType("text/plain") && part.getSize() <= TEXT_BYTES && part.getContent() instanceof String text) {
            return ForwardedText.original(text, zone);
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                MailMessage found = inText(parts.getBodyPart(i), zone, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
