package app.kith.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.testing.TestDatabases;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class SqliteCheckpointsTests {

    @Test
    void commitsLeaveTheLogToTheBackgroundCheckpointWhichCopiesAllOfIt() {
        ApplicationContext context = TestDatabases.context(TestDatabases.Vendor.SQLITE);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        assertThat(jdbc.sql("PRAGMA wal_autocheckpoint").query(Integer.class).single())
                .as("no commit copies the log itself").isZero();

        context.getBean(AccountService.class).create("wal-" + UUID.randomUUID() + "@example.com", "Wal Owner", null);

        assertThat(context.getBean(SqliteCheckpoints.class).checkpoint()).as("pages left in the log").isZero();
    }
}
