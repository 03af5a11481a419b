package app.kith.testing;

import app.kith.KithApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The two real databases the data tests run on, started once per test run: an SQLite file in a
 * temporary folder, and PostgreSQL — the server named by {@code $KITH_TEST_DB_URL} (with
 * {@code $KITH_TEST_DB_USER}, {@code $KITH_TEST_DB_PASSWORD}) or else an embedded one.
 */
public final class TestDatabases {
    public enum Vendor { SQLITE, POSTGRESQL }

    private static final Map<Vendor, ConfigurableApplicationContext> CONTEXTS = new EnumMap<>(Vendor.class);
    private static EmbeddedPostgres embedded;

    private TestDatabases() {
    }

    public static synchronized ConfigurableApplicationContext context(Vendor vendor) {
        return CONTEXTS.computeIfAbsent(vendor, TestDatabases::start);
    }

    /** A JDBC URL (and user, password) for a fresh PostgreSQL database. */
    public static synchronized String[] postgres() {
        String external = System.getenv("KITH_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new String[] {external, env("KITH_TEST_DB_USER"), env("KITH_TEST_DB_PASSWORD")};
        }
        try {
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopEmbedded));
            }
            String name = "kith_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = embedded.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE " + name);
                // Statistics from every row of the tests' tables (up to 300,000 a table), not from a
                // random sample of 30,000: the plans, and so the work, of the tests that count work then
                // stay the same from run to run (the overview once read 17.7 rows a person, and in the
                // next run 72, on the same data).
                c.createStatement().execute("ALTER DATABASE " + name + " SET default_statistics_target = 1000");
            }
            return new String[] {embedded.getJdbcUrl("postgres", name), "postgres", ""};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }

    public static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("kith-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConfigurableApplicationContext start(Vendor vendor) {
        ConfigurableApplicationContext context = start(newDatabase(vendor));
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        return context;
    }

    /**
     * The command-line arguments that point the application at a new, empty database of the vendor:
     * pass them to {@link #start(String...)} more than once for application restarts on one database.
     * Arguments, because SpringApplicationBuilder.properties() are only defaults, which
     * application.properties (kith.data, kith.db.url from the environment) would override.
     */
    public static String[] newDatabase(Vendor vendor) {
        List<String> args = new ArrayList<>(List.of("--kith.data=" + tempDir()));
        if (vendor == Vendor.POSTGRESQL) {
            String[] pg = postgres();
            args.addAll(List.of("--kith.db.url=" + pg[0], "--kith.db.user=" + pg[1], "--kith.db.password=" + pg[2]));
        }
        return args.toArray(String[]::new);
    }

    /** The whole application without a web server, on the database the arguments name; the caller closes it. */
    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(KithApplication.class).web(WebApplicationType.NONE).run(args);
    }

    /**
     * The whole application without a web server reading the time from {@code clock} (a test's own),
     * closed when the test run ends: a node of the tests that share one.
     */
    public static ConfigurableApplicationContext node(Clock clock, List<String> args) {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(KithApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("movableClock",
                        Clock.class, () -> clock, definition -> definition.setPrimary(true)))
                .run(args.toArray(String[]::new));
        Runtime.getRuntime().addShutdownHook(new Thread(node::close));
        return node;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    private static void stopEmbedded() {
        try {
            embedded.close();
        } catch (IOException e) {
            // The JVM is exiting; the temporary server folder goes with it.
        }
    }
}
