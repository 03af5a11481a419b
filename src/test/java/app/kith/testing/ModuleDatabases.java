package app.kith.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The databases a module test runs on. A module test boots one module with the modules it needs
 * ({@code @ApplicationModuleTest}), not the whole application as {@link DatabaseTest} does; like a
 * {@link DatabaseTest} it runs on SQLite and on PostgreSQL: its tests sit in an abstract inner class
 * ({@link ModuleChecks}), and two nested classes extend it, one marked {@link OnSqlite}, one
 * {@link OnPostgresql}. Each gets a context of its own on a new, empty database, migrated by Flyway
 * as the application's is, and closes it when its tests are done.
 */
public final class ModuleDatabases {

    private ModuleDatabases() {
    }

    /** Runs the module test's checks on an SQLite file in a new temporary folder. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Nested
    @ContextConfiguration(initializers = SqliteFile.class)
    @DirtiesContext
    public @interface OnSqlite {
    }

    /** Runs the module test's checks on a new PostgreSQL database ({@link TestDatabases#postgres}). */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Nested
    @ContextConfiguration(initializers = PostgresqlDatabase.class)
    @DirtiesContext
    public @interface OnPostgresql {
    }

    // Test properties come before application.properties and the environment (KITH_DB_URL, KITH_DATA),
    // as TestDatabases' command-line arguments do.

    static final class SqliteFile implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("kith.data=" + TestDatabases.tempDir(), "kith.db.url=").applyTo(context);
        }
    }

    static final class PostgresqlDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String[] pg = TestDatabases.postgres();
            TestPropertyValues.of("kith.data=" + TestDatabases.tempDir(), "kith.db.url=" + pg[0],
                    "kith.db.user=" + pg[1], "kith.db.password=" + pg[2]).applyTo(context);
        }
    }
}
