package app.kith.sources;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.shared.AccountId;
import app.kith.testing.TestAccounts;
import app.kith.testing.TestDatabases.Vendor;
import app.kith.testing.TestDatabases;
import app.kith.testing.TestMailboxes;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbound guard and the password around a mailbox: a host the operator did not open is refused
 * before any connection; TLS checks the server's certificate; plain IMAP only goes to the operator's
 * own network; and the password is sealed at rest and never in a log line, even when the server
 * refuses it.
 */
class SourceGuardTests {

    @BeforeEach
    void june() {
        SourceNodes.CLOCK.set(Instant.parse("2026-06-15T12:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aHostTheOperatorDidNotOpenIsRefusedWithoutAConnection(Vendor vendor) throws IOException {
        // The test run's shared application, whose operator opened nothing (no KITH_FETCH_ALLOW).
        var closed = TestDatabases.context(vendor);
        AccountId account = TestAccounts.fresh(closed.getBean(AccountService.class));
        SourceService sources = closed.getBean(SourceService.class);
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Source source = sources.create(account, new SourceChanges("imap", null, "127.0.0.1",
                    listener.getLocalPort(), "none", "me@example.org", "secret", null, null, null, null, null, null));

            SyncReport report = sources.sync(account, source.id(), SyncProgress.NONE);

            assertThat(report.error()).startsWith("refused: 127.0.0.1 is a loopback address")
                    .contains("KITH_FETCH_ALLOW");
            assertThat(sources.get(account, source.id()).status()).isEqualTo(SourceStatus.FAILING);
            // Had the refused sync connected, its connection would wait in the queue before this one.
            try (Socket mine = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                 Socket first = listener.accept()) {
                assertThat(first.getPort()).as("the first connection the listener sees is the test's own")
                        .isEqualTo(mine.getLocalPort());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void tlsChecksTheServersCertificateAndPlainImapGoesOnlyToTheOperatorsOwnNetwork(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "tls");
        SourceService sources = f.sources();
        Source untrusted = sources.create(f.account, new SourceChanges("imap", null, "127.0.0.1",
                TestMailboxes.imapsPort(), "ssl", f.mailbox, TestMailboxes.PASSWORD, null, null, null, null, null, null));
        // 93.184.215.14 is a public address: refused before anything is sent to it.
        Source plain = sources.create(f.account, new SourceChanges("imap", null, "93.184.215.14", 143, "none",
                f.mailbox, TestMailboxes.PASSWORD, null, null, null, null, null, null));

        assertThat(sources.sync(f.account, untrusted.id(), SyncProgress.NONE).error())
                .startsWith("TLS with 127.0.0.1:" + TestMailboxes.imapsPort()
                        + " failed: the server's certificate is not one to trust");
        assertThat(sources.sync(f.account, plain.id(), SyncProgress.NONE).error())
                .startsWith("tls none would send the password in clear");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void thePasswordIsSealedAtRestAndNeverInALogLine(Vendor vendor) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        root.addAppender(lines);
        String wrong = "wrong-" + TestMailboxes.PASSWORD;
        try {
            MailboxFixture f = new MailboxFixture(vendor, "sealed");
            f.person("Ada Lovelace", "ada@example.org");
            f.threads();
            Source source = f.addSource();
            f.sync();
            f.sources().update(f.account, source.id(), new SourceChanges(null, null, null, null, null, null, wrong,
                    null, null, null, null, null, null));
            f.sync();

            List<String> stored = SourceNodes.bean(vendor, JdbcClient.class)
                    .sql("SELECT credentials || ' ' || settings FROM sources WHERE account_id = ?")
                    .param(f.account.value()).query(String.class).list();
            assertThat(stored).singleElement().asString().startsWith("v1.").doesNotContain(TestMailboxes.PASSWORD);
        } finally {
            root.detachAppender(lines);
        }
        List<String> logged = lines.list.stream().filter(e -> !e.getLoggerName().startsWith("com.icegreen"))
                .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        assertThat(logged).as("a sync was refused, and said so").anyMatch(l -> l.contains("refused the sign-in"));
        assertThat(logged).noneMatch(l -> l.contains(TestMailboxes.PASSWORD));
    }
}
