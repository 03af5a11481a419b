package app.kith.storage;

import app.kith.shared.InvalidInputException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.WebApplicationContext;

/**
 * The data source: an SQLite file in the data folder unless a PostgreSQL URL is configured. SQLite
 * runs in WAL mode with foreign keys on, and every transaction starts with {@code BEGIN IMMEDIATE}
 * ({@link SqliteConnections}) so concurrent writers wait for the lock (busy timeout) instead of
 * failing halfway through. Each SQLite connection keeps pages in memory: a command's one busy
 * connection more than each of a server's pooled connections, whose caches fill with much the same
 * pages (what they miss, the operating system's file cache still holds). Each connection refreshes the
 * planner's statistics when they are missing or stale as it opens, if the write lock is free
 * ({@link SqliteConnections}). Commits leave the write-ahead log to {@link SqliteCheckpoints}, which
 * copies it into the file in the background; a log left behind is cut back to 64 MiB
 * ({@code journal_size_limit}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    static final String SQLITE_OPTIONS = "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=5000&foreign_keys=true"
            + "&wal_autocheckpoint=0&journal_size_limit=67108864";
    /**
     * Twice SQLite's default: an import has fewer pages to split and log per row, and a page still fits
     * a few dozen people.
     */
    static final int SQLITE_PAGE_SIZE = 8192;
    /** KiB of pages a command's connection keeps: with 2 MiB the seed took about 2 s longer. */
    static final int COMMAND_CACHE_KIB = 8192;
    /**
     * KiB of pages each of a server's connections keeps: what holds it under 256 MiB after load, at
     * about 7% of its 16-connection throughput against 2 MiB (docs/benchmarks.md).
     */
    static final int SERVER_CACHE_KIB = 1024;

    @Bean
    Database database(@Value("${kith.db.url:}") String url, @Value("${kith.data}") String dataDir) {
        if (url != null && !url.isBlank()) {
            if (url.startsWith("jdbc:postgresql:")) {
                return new Database(Database.Vendor.POSTGRESQL, url, Optional.empty(), false);
            }
            if (url.startsWith("jdbc:sqlite:")) {
                Path file = Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", ""));
                return sqlite(file);
            }
            throw new InvalidInputException("--db-url", "only jdbc:postgresql: and jdbc:sqlite: URLs are supported");
        }
        return sqlite(Path.of(dataDir).resolve("kith.db"));
    }

    private static Database sqlite(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute) && !(Files.isWritable(absolute) && Files.isWritable(absolute.getParent()))) {
            return new Database(Database.Vendor.SQLITE, readOnly(absolute), Optional.of(absolute), true);
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + absolute.getParent(), e);
        }
        createWithPageSize(absolute);
        return new Database(Database.Vendor.SQLITE, "jdbc:sqlite:" + absolute + SQLITE_OPTIONS, Optional.of(absolute),
                false);
    }

    /**
     * A database that cannot be written is opened read-only, so that reading still works: as it stands
     * when the write-ahead log is empty ({@code immutable}: no locks, no shared-memory file to make in a
     * folder that cannot take one), else through the log, which SQLite then reads without writing.
     */
    private static String readOnly(Path file) {
        Path log = file.resolveSibling(file.getFileName() + "-wal");
        boolean logged;
        try {
            logged = Files.exists(log) && Files.size(log) > 0;
        } catch (IOException e) {
            logged = true;
        }
        return "jdbc:sqlite:" + file.toUri() + "?mode=ro" + (logged ? "" : "&immutable=1") + "&busy_timeout=5000";
    }

    /**
     * A new file gets pages of {@link #SQLITE_PAGE_SIZE} bytes. The size is fixed when the first page is
     * written, and switching to WAL writes it, so it is set on a connection of its own before the pool
     * opens the file with its options.
     */
    private static void createWithPageSize(Path file) {
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA page_size = " + SQLITE_PAGE_SIZE);
            statement.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + file + ": " + e.getMessage(), e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(Database database, @Value("${kith.db.user:}") String user,
                          @Value("${kith.db.password:}") String password, ApplicationContext context) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kith");
        if (database.isSqlite() && !database.readOnly()) {
            int cacheKib = context instanceof WebApplicationContext ? SERVER_CACHE_KIB : COMMAND_CACHE_KIB;
            config.setDataSource(new SqliteConnections(database.url() + "&cache_size=-" + cacheKib));
        } else {
            config.setJdbcUrl(database.url());
            if (!user.isBlank()) {
                config.setUsername(user);
            }
            if (!password.isBlank()) {
                config.setPassword(password);
            }
        }
        config.setMaximumPoolSize(database.connections());
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }
}
