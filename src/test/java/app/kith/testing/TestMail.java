package app.kith.testing;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A message for the tests' mail server, written out as mail programs send it, headers exactly as given. */
public final class TestMail {
    private final List<String> headers = new ArrayList<>();
    private String body = "Hello.\r\n";
    private String contentType = "text/plain; charset=UTF-8";
    private Instant date;

    private TestMail(String from) {
        headers.add("From: " + from);
    }

    public static TestMail from(String from) {
        return new TestMail(from);
    }

    public TestMail to(String... to) {
        headers.add("To: " + String.join(", ", to));
        return this;
    }

    public TestMail cc(String... cc) {
        headers.add("Cc: " + String.join(", ", cc));
        return this;
    }

    public TestMail id(String id) {
        headers.add("Message-ID: <" + id + ">");
        return this;
    }

    /** A reply to these messages: In-Reply-To the last, References all, oldest first. */
    public TestMail replyTo(String... ids) {
        headers.add("In-Reply-To: <" + ids[ids.length - 1] + ">");
        headers.add("References: " + String.join(" ", List.of(ids).stream().map(id -> "<" + id + ">").toList()));
        return this;
    }

    public TestMail at(String instant) {
        date = Instant.parse(instant);
        headers.add("Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZone(ZoneOffset.UTC)));
        return this;
    }

    public TestMail subject(String subject) {
        headers.add("Subject: " + subject);
        return this;
    }

    public TestMail header(String name, String value) {
        headers.add(name + ": " + value);
        return this;
    }

    public TestMail body(String text) {
        body = text.replace("\r\n", "\n").replace("\n", "\r\n");
        return this;
    }

    /** A message forwarding this one as an attachment (message/rfc822), from {@code from} to {@code to}. */
    public TestMail forwardedAsAttachment(String from, String to, String id, String at) {
        String boundary = "kith-boundary-" + id.hashCode();
        TestMail forward = TestMail.from(from).to(to).id(id).at(at).subject("Fwd: forwarded");
        forward.contentType = "multipart/mixed; boundary=\"" + boundary + "\"";
        forward.body = "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nSee below.\r\n"
                + "--" + boundary + "\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n"
                + raw() + "\r\n--" + boundary + "--\r\n";
        return forward;
    }

    public Instant date() {
        return date;
    }

    public String raw() {
        return String.join("\r\n", headers) + "\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\n\r\n" + body;
    }

    public MimeMessage message() {
        try {
            return new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw().getBytes(StandardCharsets.UTF_8)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
