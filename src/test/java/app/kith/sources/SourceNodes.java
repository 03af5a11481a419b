package app.kith.sources;

import app.kith.accounts.AccountService;
import app.kith.shared.AccountId;
import app.kith.testing.MovableClock;
import app.kith.testing.TestAccounts;
import app.kith.testing.TestDatabases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Kith for the sources' tests, one application (without a web server) per database, whose operator
 * let loopback through the outbound guard (the tests' IMAP server is there), reading small batches of
 * headers, and whose clock the tests set. Started once per test run; each test works in accounts and mailboxes of its own.
 */
final class SourceNodes {
    /** Headers read at a time: fewer than the 500 of a server, so a test's mailbox spans many batches. */
    static final int BATCH = 100;
    static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-06-15T12:00:00Z"));
    private static final Map<TestDatabases.Vendor, ConfigurableApplicationContext> NODES =
            new EnumMap<>(TestDatabases.Vendor.class);

    private SourceNodes() {
    }

    static synchronized ConfigurableApplicationContext of(TestDatabases.Vendor vendor) {
        return NODES.computeIfAbsent(vendor, SourceNodes::start);
    }

    static <T> T bean(TestDatabases.Vendor vendor, Class<T> type) {
        return of(vendor).getBean(type);
    }

    static AccountId newAccount(TestDatabases.Vendor vendor) {
        return TestAccounts.fresh(bean(vendor, AccountService.class));
    }

    private static ConfigurableApplicationContext start(TestDatabases.Vendor vendor) {
        List<String> args = new ArrayList<>(List.of(TestDatabases.newDatabase(vendor)));
        if (vendor == TestDatabases.Vendor.SQLITE) {
            args.add("--kith.db.url=");
        }
        args.add("--kith.fetch-allow=127.0.0.1");
        args.add("--kith.sources.batch=" + BATCH);
        return TestDatabases.node(CLOCK, args);
    }
}
