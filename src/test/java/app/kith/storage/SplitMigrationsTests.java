package app.kith.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.SchemaPrint;
import app.kith.testing.TestDatabases;
import app.kith.testing.TestDatabases.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Databases made by the release before V1 was split into a shared V1 and each vendor's V1_1, and
 * PostgreSQL's V2 into the shared V2 and its V2_1 (118698b), start and upgrade unchanged, and end with
 * the schema and history of a new database; a new database's schema is the one that release made.
 *
 * <p>The fixtures in /upgrade were made by that release: release-118698b.kith.gz by its launcher
 * ({@code kith init}, {@code kith dev seed --people 5 --interactions 10}, {@code kith backup}); the
 * PostgreSQL schema and history by {@link SchemaPrint} on a database its migrations made (no pg_dump
 * here reads the embedded server's version).
 */
class SplitMigrationsTests {
    private static final String[] SQLITE_LOCATIONS = {"classpath:db/migration/common", "classpath:db/migration/sqlite"};
    /** Migrations after the release's last are not in its fixtures: PostgreSQL's databases here stop there. */
    private static final String AS_THE_RELEASE = "--spring.flyway.target=36";

    @Test
    void aNewSqliteDatabaseHasTheSchemaTheEarlierReleaseMade() throws Exception {
        Path old = release();
        try (Connection earlier = DriverManager.getConnection("jdbc:sqlite:" + old);
                var app = TestDatabases.start(TestDatabases.newDatabase(Vendor.SQLITE));
                Connection fresh = app.getBean(DataSource.class).getConnection()) {
            assertThat(SchemaPrint.sqlite(fresh)).containsExactlyElementsOf(SchemaPrint.sqlite(earlier));
        }
    }

    @Test
    void aNewPostgresqlDatabaseHasTheSchemaTheEarlierReleaseMade() throws Exception {
        try (var app = TestDatabases.start(asTheRelease(TestDatabases.newDatabase(Vendor.POSTGRESQL)));
                Connection fresh = app.getBean(DataSource.class).getConnection()) {
            assertThat(SchemaPrint.postgresql(fresh)).containsExactlyElementsOf(fixture("postgresql-schema.txt"));
        }
    }

    @Test
    void anSqliteDatabaseOfTheEarlierReleaseFailsValidationWithoutTheRealignmentAndPassesWithIt() throws Exception {
        Path old = release();
        String url = "jdbc:sqlite:" + old;

        assertThat(Flyway.configure().dataSource(url, null, null).locations(SQLITE_LOCATIONS).load()
                .validateWithResult().validationSuccessful).isFalse();
        assertThat(flyway(url, new SplitMigrations()).validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void aV1ThatIsNeitherTheEarlierNorTheNewOneIsStillRefused() throws Exception {
        Path old = release();
        String url = "jdbc:sqlite:" + old;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");
        }

        assertThat(flyway(url, new SplitMigrations()).validateWithResult().validationSuccessful).isFalse();
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(strings(c, "SELECT version FROM flyway_schema_history WHERE version LIKE '1.%'")).isEmpty();
        }
    }

    @Test
    void anSqliteDatabaseOfTheEarlierReleaseStartsAndEndsAsANewOne() throws Exception {
        Path data = Files.createDirectories(TestDatabases.tempDir().resolve("data"));
        Files.copy(release(), data.resolve("kith.db"));
        List<String> newHistory;
        List<String> newSchema;
        try (var app = TestDatabases.start(TestDatabases.newDatabase(Vendor.SQLITE));
                Connection fresh = app.getBean(DataSource.class).getConnection()) {
            newHistory = SchemaPrint.history(fresh);
            newSchema = SchemaPrint.sqlite(fresh);
        }

        for (int start = 0; start < 2; start++) {
            try (var app = TestDatabases.start("--kith.data=" + data);
                    Connection c = app.getBean(DataSource.class).getConnection()) {
                assertThat(SchemaPrint.history(c)).containsExactlyElementsOf(newHistory);
                assertThat(SchemaPrint.sqlite(c)).containsExactlyElementsOf(newSchema);
                assertThat(strings(c, "SELECT count(*) FROM people")).containsExactly("6");
                assertThat(strings(c, "SELECT count(*) FROM people_fts WHERE people_fts MATCH '\"owner\"*'"))
                        .containsExactly("1");
            }
        }
    }

    @Test
    void aPostgresqlDatabaseWithTheEarlierReleasesHistoryStartsAndEndsAsANewOne() throws Exception {
        String[] database = asTheRelease(TestDatabases.newDatabase(Vendor.POSTGRESQL));
        List<String> newHistory;
        try (var app = TestDatabases.start(database); Connection c = app.getBean(DataSource.class).getConnection()) {
            newHistory = SchemaPrint.history(c);
            // The schema is the earlier release's (the test above); its history is made the release's too.
            earlierHistory(c);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO accounts (id, email, email_key, created_at)"
                        + " VALUES ('a', 'me@example.com', 'me@example.com', '2026-01-01T00:00:00Z')");
                s.execute("INSERT INTO people (account_id, id, display_name, name_key, search_doc, created_at,"
                        + " updated_at) VALUES ('a', 'p', 'Owner', 'owner', 'owner', '2026-01-01', '2026-01-01')");
            }
            assertThat(flyway(app).validateWithResult().validationSuccessful).isFalse();
        }

        for (int start = 0; start < 2; start++) {
            try (ConfigurableApplicationContext app = TestDatabases.start(database);
                    Connection c = app.getBean(DataSource.class).getConnection()) {
                assertThat(SchemaPrint.history(c)).containsExactlyElementsOf(newHistory);
                assertThat(SchemaPrint.postgresql(c)).containsExactlyElementsOf(fixture("postgresql-schema.txt"));
                assertThat(strings(c, "SELECT count(*) FROM people WHERE search_tsv @@ to_tsquery('simple', 'own:*')"))
                        .containsExactly("1");
            }
        }
        try (var app = TestDatabases.start(Arrays.copyOf(database, database.length - 1));
                Connection c = app.getBean(DataSource.class).getConnection()) {
            assertThat(strings(c, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"))
                    .containsExactly("0");
            assertThat(strings(c, "SELECT count(*) FROM people_search_versions WHERE account_id = 'a'")).containsExactly("1");
        }
    }

    private static String[] asTheRelease(String[] database) {
        String[] args = Arrays.copyOf(database, database.length + 1);
        args[database.length] = AS_THE_RELEASE;
        return args;
    }

    /** Replaces the history with the one the earlier release wrote, as Flyway writes it. */
    private static void earlierHistory(Connection c) throws Exception {
        List<String> rows = fixture("postgresql-history.txt");
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM flyway_schema_history");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO flyway_schema_history (installed_rank, version,"
                + " description, type, script, checksum, installed_by, execution_time, success)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'kith', 0, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                String[] row = rows.get(i).split(" \\| ");
                ps.setInt(1, i + 1);
                ps.setString(2, row[0]);
                ps.setString(3, row[1]);
                ps.setString(4, row[2]);
                ps.setString(5, row[3]);
                ps.setInt(6, Integer.parseInt(row[4]));
                ps.setBoolean(7, row[5].equals("t"));
                ps.executeUpdate();
            }
        }
        assertThat(SchemaPrint.history(c)).containsExactlyElementsOf(rows);
    }

    /** The application's migrations without the realignment. */
    private static Flyway flyway(ConfigurableApplicationContext app) {
        return Flyway.configure().dataSource(app.getBean(DataSource.class))
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load();
    }

    private static Flyway flyway(String url, Callback callback) {
        return Flyway.configure().dataSource(url, null, null).locations(SQLITE_LOCATIONS).callbacks(callback).load();
    }

    /** A copy of the earlier release's SQLite backup. */
    private static Path release() throws IOException {
        Path file = TestDatabases.tempDir().resolve("release.kith");
        try (InputStream in = new GZIPInputStream(resource("release-118698b.kith.gz"))) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> fixture(String name) throws IOException {
        try (InputStream in = resource("release-118698b-" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static InputStream resource(String name) {
        return SplitMigrationsTests.class.getResourceAsStream("/upgrade/" + name);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
