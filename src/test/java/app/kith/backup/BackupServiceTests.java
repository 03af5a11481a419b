package app.kith.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.KithApplication;
import app.kith.accounts.AccountService;
import app.kith.devseed.SeedService;
import app.kith.people.PeopleFilter;
import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.people.PersonSummary;
import app.kith.shared.AccountId;
import app.kith.shared.BadDataException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
import app.kith.testing.TestDatabases;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Backups and restores of the SQLite database, each test on an application of its own (a restore replaces everything). */
class BackupServiceTests {
    private Path folder;
    private ConfigurableApplicationContext app;
    private BackupService backups;
    private PeopleService people;
    private AccountId account;

    @BeforeEach
    void start() {
        folder = TestDatabases.tempDir();
        app = new SpringApplicationBuilder(KithApplication.class).web(WebApplicationType.NONE)
                .run("--kith.data=" + folder.resolve("data"));
        backups = app.getBean(BackupService.class);
        people = app.getBean(PeopleService.class);
        account = app.getBean(AccountService.class).create("owner@example.com", "Owner", null).id();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aBackupTakenWhileAnotherThreadWritesIsSoundAndHasEveryRowCommittedBeforeIt() throws Exception {
        app.getBean(SeedService.class).seed(account, 1500, 6000, 1);
        List<String> committed = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                try {
                    people.create(account, PersonChanges.named("Writer " + i));
                    committed.add("Writer " + i);
                } catch (Throwable t) {
                    failure.set(t);
                    return;
                }
            }
        });
        writer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (committed.size() < 20 && System.nanoTime() < deadline && failure.get() == null) {
            Thread.sleep(10);
        }
        List<String> before = List.copyOf(committed);
        Path copy = folder.resolve("while-writing.kith");

        backups.backup(copy);
        stop.set(true);
        writer.join();

        assertThat(failure.get()).isNull();
        assertThat(before).hasSizeGreaterThanOrEqualTo(20);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            assertThat(strings(c, "PRAGMA integrity_check")).containsExactly("ok");
            assertThat(strings(c, "PRAGMA journal_mode")).containsExactly("delete");
            assertThat(strings(c, "SELECT display_name FROM people WHERE display_name LIKE 'Writer %'"))
                    .containsAll(before);
            assertThat(Integer.parseInt(strings(c, "SELECT count(*) FROM people").getFirst()))
                    .isGreaterThanOrEqualTo(1501 + before.size());
            assertThat(Integer.parseInt(strings(c,
                    "SELECT count(*) FROM people_fts WHERE people_fts MATCH '\"writer\"*'").getFirst()))
                    .isGreaterThanOrEqualTo(before.size());
        }
        assertThat(copy.resolveSibling("while-writing.kith-wal")).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-"));
        }
    }

    @Test
    void aRestoreBringsBackTheBackedUpStateAndSearchStillWorks() {
        Person ada = people.create(account, PersonChanges.builder().name("Ada Lovelace")
                .emails(List.of("ada@example.com")).tags(List.of("math")).build());
        Path copy = folder.resolve("ada.kith");
        backups.backup(copy);
        people.create(account, PersonChanges.named("Grace Hopper"));
        people.delete(account, ada.id());

        backups.restore(copy);

        assertThat(names(null)).containsExactly("Ada Lovelace", "Owner");
        assertThat(names("lovel")).containsExactly("Ada Lovelace");
        assertThat(names("math")).containsExactly("Ada Lovelace");
        assertThat(names("grace")).isEmpty();
        people.create(account, PersonChanges.named("Linus Torvalds"));
        assertThat(names("torv")).containsExactly("Linus Torvalds");
    }

    @Test
    void aRestoreOfABackupFromAnOlderKithUpgradesIt() throws Exception {
        people.create(account, PersonChanges.builder().name("Ada Lovelace").emails(List.of("ada@example.com")).build());
        Path copy = folder.resolve("old.kith");
        backups.backup(copy);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement()) {
            // Undo the newest migrations (V8 to V13, V20, V22, V22.1, V23, V25, V26, V29, V30, V31, V32, V33 and V34),
            // as a copy made by the Kith before them would be.
            s.execute("DROP TABLE insight_pictures");
            s.execute("DROP TABLE insight_revisions");
            s.execute("DROP INDEX people_closest");
            s.execute("DROP INDEX participants_together");
            s.execute("ALTER TABLE interaction_participants DROP COLUMN together");
            s.execute("DROP INDEX interactions_setbacks");
            s.execute("DROP INDEX interactions_by_date");
            s.execute("CREATE INDEX interactions_by_date ON interactions (account_id, occurred_on)");
            s.execute("ALTER TABLE circle_cadences DROP COLUMN maximum_days");
            s.execute("DROP TABLE dav_calendar_objects");
            s.execute("DROP TABLE dav_cards");
            s.execute("DROP TABLE dav_events");
            s.execute("DROP TABLE dav_sync");
            for (String table : List.of("source_meetings", "source_calendars", "suggestion_touches", "suggestions", "source_touches", "source_seen",
                    "source_folders", "sources")) {
                s.execute("DROP TABLE " + table);
            }
            s.execute("DROP INDEX interactions_by_source");
            s.execute("ALTER TABLE interactions DROP COLUMN source_id");
            s.execute("DROP TABLE sign_in_attempts");
            s.execute("DROP TABLE sign_in_devices");
            s.execute("DROP TABLE digest_deliveries");
            s.execute("DROP TABLE digest_schedules");
            s.execute("DROP TABLE shedlock");
            s.execute("DROP TABLE server_secrets");
            s.execute("DROP TABLE pending_uploads");
            s.execute("DROP TABLE idempotency_keys");
            s.execute("DROP VIEW people_search_docs");
            s.execute("DROP VIEW people_last_touches");
            s.execute("DROP INDEX people_tracked");
            s.execute("CREATE INDEX people_due ON people (account_id, last_touch_day, circle, cadence_days,"
                    + " bridge_status, is_self, added_day, id)");
            s.execute("DROP TABLE event_people");
            s.execute("CREATE TABLE event_people (account_id TEXT NOT NULL, event_id TEXT NOT NULL,"
                    + " person_id TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (account_id, event_id, person_id))");
            s.execute("CREATE INDEX event_people_by_person ON event_people (account_id, person_id)");
            s.execute("CREATE TABLE rowid_contact_points (account_id TEXT NOT NULL, id TEXT NOT NULL,"
                    + " person_id TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, normalized TEXT NOT NULL,"
                    + " label TEXT, position INTEGER NOT NULL, PRIMARY KEY (account_id, id))");
            s.execute("INSERT INTO rowid_contact_points SELECT account_id, id, person_id, kind, value, normalized,"
                    + " label, position FROM contact_points");
            s.execute("DROP TABLE contact_points");
            s.execute("ALTER TABLE rowid_contact_points RENAME TO contact_points");
            s.execute("CREATE INDEX contact_points_by_person ON contact_points (account_id, person_id)");
            s.execute("DROP INDEX events_in_order");
            s.execute("DROP INDEX events_spanning");
            s.execute("CREATE INDEX events_spanning ON events (account_id, ends_on) WHERE ends_on IS NOT NULL");
            s.execute("DELETE FROM flyway_schema_history WHERE version IN ('8', '9', '10', '11', '12', '13', '20', '22',"
                    + " '22.1', '23', '25', '26', '29', '30', '31', '32', '33', '34')");
        }

        backups.restore(copy);

        try (Connection c = app.getBean(DataSource.class).getConnection()) {
            assertThat(strings(c, "SELECT name FROM sqlite_master WHERE name LIKE 'people_%' AND type = 'index'"))
                    .contains("people_tracked").doesNotContain("people_due");
            assertThat(strings(c, "SELECT sql FROM sqlite_master WHERE name IN ('event_people', 'contact_points')"))
                    .hasSize(2).allSatisfy(sql -> assertThat(sql).contains("WITHOUT ROWID"));
            assertThat(strings(c, "SELECT name FROM sqlite_master WHERE name LIKE 'contact_points_%'"))
                    .containsExactly("contact_points_by_value");
            assertThat(strings(c, "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"))
                    .contains("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "20", "22", "22.1", "23");
            assertThat(strings(c, "SELECT href FROM dav_cards WHERE deleted = 0")).as("V23 gave everyone a card")
                    .hasSize(2).allSatisfy(href -> assertThat(href).endsWith(".vcf"));
            assertThat(strings(c, "SELECT name FROM sqlite_master WHERE name LIKE 'events_%' AND type = 'index'"))
                    .contains("events_in_order", "events_spanning");
            assertThat(strings(c, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_update'"))
                    .contains("people_search_docs_update", "people_last_touches_update");
        }
        assertThat(names(null)).containsExactly("Ada Lovelace", "Owner");
        assertThat(names("ada@ex")).containsExactly("Ada Lovelace");
        try (Connection c = app.getBean(DataSource.class).getConnection()) {
            assertThat(strings(c, "SELECT value FROM contact_points")).containsExactly("ada@example.com");
        }
    }

    @Test
    void aBackupMadeByAnEarlierReleaseRestoresAndItsDataFolderStartsUnchanged() throws Exception {
        // Made with 6a17d41's launcher (kith init, dev seed --people 40, backup), before the migrations
        // shared by both databases moved to db/migration/common: their checksums must still match.
        Path release = folder.resolve("release.kith");
        try (var in = getClass().getResourceAsStream("/upgrade/release-6a17d41.kith")) {
            Files.copy(in, release);
        }

        backups.restore(release);

        try (Connection c = app.getBean(DataSource.class).getConnection()) {
            assertThat(strings(c, "SELECT count(*) FROM people")).containsExactly("41");
            assertThat(strings(c, "SELECT count(*) FROM people_fts WHERE people_fts MATCH '\"owner\"*'"))
                    .containsExactly("1");
        }
        app.close();
        Path data = folder.resolve("release-data");
        Files.createDirectories(data);
        Files.copy(release, data.resolve("kith.db"));
        app = new SpringApplicationBuilder(KithApplication.class).web(WebApplicationType.NONE)
                .run("--kith.data=" + data);
        try (Connection c = app.getBean(DataSource.class).getConnection()) {
            // The release's 12 migrations, its V1's second part (V1.1, recorded as applied: see SplitMigrations),
            // and V12, V13, V20, V22, V22.1, V23, V25, V26, V29, V30, V31, V32, V33 and V34 applied on start.
            assertThat(strings(c, "SELECT count(*) FROM flyway_schema_history WHERE success = 1")).containsExactly("27");
            assertThat(strings(c, "SELECT count(*) FROM dav_cards")).as("V23 gave everyone a card").containsExactly("41");
            assertThat(strings(c, "SELECT count(*) FROM people")).containsExactly("41");
        }
    }

    @Test
    void aRestoreRefusesFilesThatAreNotSoundKithBackupsAndChangesNothing() throws Exception {
        people.create(account, PersonChanges.named("Still Here"));
        Path text = Files.writeString(folder.resolve("notes.txt"), "name,email\nAda,ada@example.com\n");
        Path empty = Files.createFile(folder.resolve("empty.kith"));
        Path foreign = folder.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
            s.execute("INSERT INTO recipes VALUES ('bread')");
        }
        Path truncated = folder.resolve("truncated.kith");
        app.getBean(SeedService.class).seed(account, 300, 1000, 2);
        backups.backup(truncated);
        try (FileChannel f = FileChannel.open(truncated, StandardOpenOption.WRITE)) {
            f.truncate(f.size() / 2);
        }
        Path newer = folder.resolve("newer.kith");
        backups.backup(newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql',"
                    + " 'kith', 0, 1)");
        }
        List<String> before = names(null);

        assertRefused(text, "not an SQLite database");
        assertRefused(empty, "not an SQLite database");
        assertRefused(foreign, "not a Kith one");
        assertRefused(truncated, "damaged");
        assertRefused(newer, "newer Kith");
        assertThatThrownBy(() -> backups.restore(folder.resolve("missing.kith")))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(names(null)).isEqualTo(before).contains("Still Here");
        assertThat(Files.readString(text)).startsWith("name,email");
    }

    private void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> backups.restore(file))
                .isInstanceOfSatisfying(BadDataException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toAbsolutePath().toString());
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void aBackupNeverOverwritesAFile() throws Exception {
        Path existing = Files.writeString(folder.resolve("keep.txt"), "keep me");

        assertThatThrownBy(() -> backups.backup(existing))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("FILE"))
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> backups.backup(folder.resolve("no-such-folder").resolve("copy.kith")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("FILE"))
                .hasMessageContaining("does not exist");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void onPostgresqlBackupAndRestorePointToPgDumpAndPgRestore() {
        BackupService postgres = TestDatabases.context(TestDatabases.Vendor.POSTGRESQL).getBean(BackupService.class);
        Path target = folder.resolve("pg.kith");

        assertThatThrownBy(() -> postgres.backup(target))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pg_dump");
        assertThatThrownBy(() -> postgres.restore(target))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pg_restore");
        assertThat(target).doesNotExist();
    }

    private List<String> names(String query) {
        return people.list(account, new PeopleFilter(query, null, null, null, null, null), Page.Request.of(0, 500))
                .items().stream().map(PersonSummary::name).toList();
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
