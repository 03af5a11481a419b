package app.kith.bench;

import app.kith.KithApplication;
import app.kith.storage.Database;
import app.kith.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh, migrated database for one benchmark step, with the application running on it: an SQLite
 * file in its own folder, or a new schema in the benchmark's PostgreSQL database (embedded, or
 * {@code $KITH_TEST_DB_URL}), so that several fresh databases fit in one server.
 */
record BenchDatabase(String vendor, ConfigurableApplicationContext context, String url, String user,
                     String password, String schema) implements AutoCloseable {

    static BenchDatabase sqlite(Path dataDir) {
        ConfigurableApplicationContext context = start(List.of("--kith.data=" + dataDir.toAbsolutePath()));
        return new BenchDatabase("SQLite", context, context.getBean(Database.class).url(), null, null, null);
    }

    /** A new schema in the PostgreSQL database given as {url, user, password}. */
    static BenchDatabase postgres(String[] server) {
        String schema = "kith_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server[0], server[1], server[2])) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the benchmark schema", e);
        }
        String url = server[0] + (server[0].contains("?") ? "&" : "?") + "currentSchema=" + schema;
        List<String> args = new ArrayList<>(List.of("--kith.data=" + TestDatabases.tempDir(), "--kith.db.url=" + url,
                "--kith.db.user=" + server[1], "--kith.db.password=" + server[2]));
        return new BenchDatabase("PostgreSQL", start(args), url, server[1], server[2], schema);
    }

    private static ConfigurableApplicationContext start(List<String> args) {
        return new SpringApplicationBuilder(KithApplication.class).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A plain JDBC connection, outside the application's pool, with the same settings. */
    Connection connect() throws SQLException {
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
    }

    /**
     * Latencies are measured on a settled database, as autovacuum leaves PostgreSQL some minutes after a
     * bulk load: until a VACUUM marks the new pages all-visible, every index-only scan also reads the
     * table, and autovacuum would start doing that in the middle of the samples. (SQLite gathers its
     * statistics as the application's connections open.)
     */
    void settle() throws SQLException {
        if (vendor.equals("PostgreSQL")) {
            try (Connection c = connect()) {
                c.createStatement().execute("VACUUM ANALYZE");
            }
        }
    }

    @Override
    public void close() {
        context.close();
        if (schema != null) {
            try (Connection c = connect()) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                // Best effort: an embedded server is thrown away anyway; an external one keeps an empty schema.
            }
        }
    }
}
