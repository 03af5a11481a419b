package app.kith.digest;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.springframework.stereotype.Component;

/**
 * The digest by email to the account's address: a multipart/alternative message (plain text and
 * HTML), with a one-click unsubscribe (RFC 8058: {@code List-Unsubscribe} and
 * {@code List-Unsubscribe-Post}) when the server has a base URL to link to.
 */
@Component
class EmailChannel {
    private final MailServer server;

    EmailChannel(MailServer server) {
        this.server = server;
    }

    String send(String to, RenderedDigest digest, DigestLinks links) throws ChannelFailure {
        if (server.problem().isPresent()) {
            throw new ChannelFailure(server.problem().get(), true);
        }
        try {
            MimeMessage message = server.message();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(digest.subject(), "UTF-8");
            message.setHeader("Auto-Submitted", "auto-generated");
            if (links.unsubscribe() != null) {
                message.setHeader("List-Unsubscribe", "<" + links.unsubscribe() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            MimeMultipart parts = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(digest.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(digest.html(), "UTF-8", "html");
            parts.addBodyPart(text);
            parts.addBodyPart(html);
            message.setContent(parts);
            return server.send(message);
        } catch (MessagingException e) {
            throw failure(e);
        }
    }

    /** What went wrong, in the mail server's own words when it answered at all. */
    private ChannelFailure failure(MessagingException e) {
        for (Exception t = e; t != null; t = t instanceof MessagingException m ? m.getNextException() : null) {
            if (t instanceof SMTPSendFailedException refused) {
                return said(refused.getMessage(), refused.getReturnCode());
            }
            if (t instanceof SMTPAddressFailedException refused) {
                return said(refused.getMessage(), refused.getReturnCode());
            }
        }
        if (e instanceof AuthenticationFailedException) {
            return new ChannelFailure("the mail server " + server.server() + " refused Kith's sign-in: "
                    + oneLine(e.getMessage()), false);
        }
        if (e instanceof MailConnectException) {
            return new ChannelFailure("could not reach the mail server " + server.server() + " ("
                    + oneLine(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()) + ")", false);
        }
        return new ChannelFailure("sending to the mail server " + server.server() + " failed: "
                + oneLine(e.getMessage()), false);
    }

    private static ChannelFailure said(String reply, int code) {
        return new ChannelFailure("the mail server said: " + oneLine(reply), code >= 500);
    }

    private static String oneLine(String text) {
        return text == null ? "no reason given" : text.strip().replaceAll("\\s+", " ");
    }
}
