package app.kith.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

class DatabaseConfigTests {

    @TempDir
    Path folder;

    @Test
    void aNewSqliteFileGetsLargerPagesInWalModeAndAnExistingFileKeepsItsOwn() throws SQLException {
        Path data = folder.resolve("new");
        Database created = new DatabaseConfig().database("", data.toString());
        Path existing = folder.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + existing); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        Database opened = new DatabaseConfig().database("jdbc:sqlite:" + existing, data.toString());

        assertThat(pragma(created, "page_size")).isEqualTo(String.valueOf(DatabaseConfig.SQLITE_PAGE_SIZE))
                .isEqualTo("8192");
        assertThat(pragma(created, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(opened, "page_size")).isEqualTo("4096");
    }

    /** A server's pooled connections share the file's pages, so each keeps less than a command's one connection. */
    @Test
    void aServersConnectionsKeepSmallerPageCachesThanACommands() throws SQLException {
        Database database = new DatabaseConfig().database("", folder.resolve("caches").toString());

        assertThat(cacheKib(database, new GenericApplicationContext())).isEqualTo(DatabaseConfig.COMMAND_CACHE_KIB)
                .isEqualTo(8192);
        assertThat(cacheKib(database, new GenericWebApplicationContext())).isEqualTo(DatabaseConfig.SERVER_CACHE_KIB)
                .isEqualTo(1024);
    }

    private static int cacheKib(Database database, ApplicationContext context) throws SQLException {
        try (HikariDataSource pool = (HikariDataSource) new DatabaseConfig().dataSource(database, "", "", context);
             Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
            rs.next();
            return -rs.getInt(1);
        }
    }

    private static String pragma(Database database, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
