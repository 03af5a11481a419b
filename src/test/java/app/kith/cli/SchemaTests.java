package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Commands skip Flyway only when the database has exactly the migrations this build ships. */
class SchemaTests {

    @Test
    void aNewDatabaseIsNotCurrentAndTheFirstCommandMigratesIt() {
        Cli cli = Cli.onSqlite();

        try (ConfigurableApplicationContext app = cli.context("--spring.flyway.enabled=false")) {
            assertThat(Schema.isCurrent(app)).isFalse();
        }
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Me").exit()).isZero();
        try (ConfigurableApplicationContext app = cli.context("--spring.flyway.enabled=false")) {
            assertThat(Schema.isCurrent(app)).isTrue();
        }
    }

    @Test
    void aDatabaseOfTheReleaseBeforeV1WasSplitIsBroughtUpToDateByItsFirstCommandAndThenIsCurrent() throws IOException {
        Path data = TestDatabases.tempDir();
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/upgrade/release-118698b.kith.gz"))) {
            Files.copy(in, data.resolve("kith.db"));
        }
        Cli cli = Cli.on("--data", data.toString());

        try (ConfigurableApplicationContext app = cli.context("--spring.flyway.enabled=false")) {
            assertThat(Schema.isCurrent(app)).as("no V1.1 in its history yet").isFalse();
        }
        assertThat(cli.run("people", "list").exit()).isZero();
        try (ConfigurableApplicationContext app = cli.context("--spring.flyway.enabled=false")) {
            assertThat(Schema.isCurrent(app)).isTrue();
        }
    }

    @Test
    void aDatabaseWithAMigrationThisBuildDoesNotShipIsLeftToFlyway() {
        Cli cli = Cli.onSqlite();
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Me").exit()).isZero();

        try (ConfigurableApplicationContext app = cli.context()) {
            JdbcClient.create(app.getBean(DataSource.class)).sql("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, execution_time, success)
                    VALUES (99, '999', 'from a newer build', 'SQL', 'V999__newer.sql', 0, 'test', 0, 1)
                    """).update();
            assertThat(Schema.isCurrent(app)).isFalse();
        }
        // Flyway itself accepts migrations newer than the build ("future" ones), so commands still run.
        assertThat(cli.run("people", "list").exit()).isZero();
    }
}
