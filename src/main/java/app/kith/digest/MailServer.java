package app.kith.digest;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The operator's mail server: {@code KITH_SMTP_URL} when set, else Spring's {@code spring.mail.*}
 * settings, and the sender address {@code KITH_MAIL_FROM}. It hands a message over and returns the
 * server's own last answer (such as {@code 250 2.0.0 Ok: queued}), so a test send can show it.
 */
@Component
class MailServer {
    private static final String TIMEOUT_MS = "30000";

    private final JavaMailSenderImpl sender;
    private final String problem;
    private final String from;

    MailServer(@Value("${kith.smtp-url:}") String url, @Value("${kith.mail-from:}") String from,
               ObjectProvider<JavaMailSender> springMail) {
        this.from = from.strip();
        JavaMailSenderImpl chosen = null;
        String why = null;
        if (!url.isBlank()) {
            try {
                chosen = sender(SmtpUrl.parse(url));
            } catch (IllegalArgumentException e) {
                why = e.getMessage();
            }
        } else if (springMail.getIfAvailable() instanceof JavaMailSenderImpl spring) {
            chosen = spring;
        } else {
            why = "this server has no mail server: its operator has not set KITH_SMTP_URL";
        }
        if (why == null && this.from.isEmpty()) {
            why = "this server has no sender address: its operator has not set KITH_MAIL_FROM";
        }
        this.sender = chosen;
        this.problem = why;
    }

    private static JavaMailSenderImpl sender(SmtpUrl url) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        String protocol = url.tls() ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        sender.setHost(url.host());
        sender.setPort(url.port());
        sender.setUsername(url.user());
        sender.setPassword(url.password());
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.setProperty(prefix + "auth", Boolean.toString(url.user() != null));
        properties.setProperty(prefix + "connectiontimeout", "10000");
        properties.setProperty(prefix + "timeout", TIMEOUT_MS);
        properties.setProperty(prefix + "writetimeout", TIMEOUT_MS);
        properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        if (!url.tls()) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }

    /** Why email cannot be sent from this server, or empty when it can. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** A new message from {@code KITH_MAIL_FROM}, to be filled and handed to {@link #send}. */
    MimeMessage message() throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        try {
            message.setFrom(new InternetAddress(from, true));
        } catch (AddressException e) {
            throw new MessagingException("KITH_MAIL_FROM is not an email address");
        }
        return message;
    }

    /** Hands the message to the server and returns the server's answer to it. */
    String send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        try (Transport transport = session().getTransport(sender.getProtocol())) {
            transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
            transport.sendMessage(message, message.getAllRecipients());
            return transport instanceof SMTPTransport smtp && smtp.getLastServerResponse() != null
                    ? smtp.getLastServerResponse().strip() : "accepted";
        }
    }

    /** Where mail goes, for messages: the server's address without credentials. */
    String server() {
        return sender == null ? "none" : sender.getHost() + ":" + (sender.getPort() > 0 ? sender.getPort() : 25);
    }

    private Session session() {
        if (sender == null) {
            throw new IllegalStateException(problem);
        }
        return sender.getSession();
    }
}
