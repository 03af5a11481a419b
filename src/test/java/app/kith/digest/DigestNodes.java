package app.kith.digest;

import app.kith.testing.MovableClock;
import app.kith.testing.TestDatabases;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Kith nodes per database for the digest's tests: whole applications (without a web server) on
 * the same SQLite file or PostgreSQL database, sharing one movable clock, sending mail to a GreenMail
 * SMTP server on loopback, with {@code KITH_BASE_URL} set and only loopback let through the outbound
 * guard. Started once per test run; each test works in accounts of its own.
 */
final class DigestNodes {
    static final String BASE_URL = "https://kith.example.org";
    static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private static final Map<TestDatabases.Vendor, List<ConfigurableApplicationContext>> NODES =
            new EnumMap<>(TestDatabases.Vendor.class);
    private static GreenMail smtp;
    private static int smtpPort;

    private DigestNodes() {
    }

    /** The vendor's two nodes; the first is the one tests use unless they need both. */
    static synchronized List<ConfigurableApplicationContext> of(TestDatabases.Vendor vendor) {
        return NODES.computeIfAbsent(vendor, DigestNodes::start);
    }

    static <T> T bean(TestDatabases.Vendor vendor, Class<T> type) {
        return of(vendor).getFirst().getBean(type);
    }

    private static List<ConfigurableApplicationContext> start(TestDatabases.Vendor vendor) {
        startSmtp();
        List<String> args = new ArrayList<>(List.of("--kith.data=" + TestDatabases.tempDir(),
                "--kith.smtp-url=smtp://127.0.0.1:" + smtpPort, "--kith.mail-from=Kith <digest@kith.example.org>",
                "--kith.base-url=" + BASE_URL, "--kith.fetch-allow=127.0.0.1", "--kith.digest.lock-at-least=PT0S",
                // Batches of two, so that every tick here works through several batches as 1,000 accounts would.
                "--kith.digest.batch=2", "--kith.digest.senders=4"));
        if (vendor == TestDatabases.Vendor.POSTGRESQL) {
            String[] pg = TestDatabases.postgres();
            args.addAll(List.of("--kith.db.url=" + pg[0], "--kith.db.user=" + pg[1], "--kith.db.password=" + pg[2]));
        } else {
            args.add("--kith.db.url=");
        }
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            nodes.add(TestDatabases.node(CLOCK, args));
        }
        return List.copyOf(nodes);
    }

    /** Starts the SMTP server, on the port it had before when it was stopped ("the mail server is back"). */
    static synchronized void startSmtp() {
        if (smtp != null) {
            return;
        }
        ServerSetup setup = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        smtp = new GreenMail(smtpPort == 0 ? setup.dynamicPort() : setup);
        smtp.start();
        smtpPort = smtp.getSmtp().getPort();
    }

    /** Stops the SMTP server: connections to its port are refused until {@link #startSmtp}. */
    static synchronized void stopSmtp() {
        smtp.stop();
        smtp = null;
    }

    /** Every message the SMTP server received for this address, in the order received. */
    static synchronized List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, address)).toList();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
