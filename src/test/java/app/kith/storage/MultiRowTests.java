package app.kith.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.testing.DatabaseTest;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class MultiRowTests {

    @DatabaseTest
    void rowsBeyondOneStatementAllArrive(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                                             AccountId account) {
        // Four columns: 7,500 rows a statement, so 20,001 rows take two full statements and a short one.
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 20_001; i++) {
            rows.add(new Object[] {account.value(), Ids.newId(), "Tag " + i, "tag " + i});
        }

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                MultiRow.insert(jdbc, "INSERT INTO tags (account_id, id, name, name_key)", rows));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM tags WHERE account_id = ?", Long.class, account.value()))
                .isEqualTo(20_001);
        assertThat(jdbc.queryForList("SELECT name FROM tags WHERE account_id = ? AND name_key IN (?, ?)", String.class,
                account.value(), "tag 0", "tag 20000")).containsExactlyInAnyOrder("Tag 0", "Tag 20000");
    }

    @DatabaseTest
    void theAnswersOfEveryStatementArrive(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                         AccountId account) {
        // Four columns: 7,500 rows a statement, so 20,001 rows take three. Every third name is there already.
        List<Object[]> rows = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 20_001; i++) {
            rows.add(new Object[] {account.value(), Ids.newId(), "Tag " + i, "tag " + i});
            if (i % 3 == 0) {
                jdbc.update("INSERT INTO tags (account_id, id, name, name_key) VALUES (?, ?, ?, ?)", account.value(),
                        Ids.newId(), "Tag " + i, "tag " + i);
            } else {
                added.add("Tag " + i);
            }
        }

        List<String> answered = new TransactionTemplate(transactions).execute(status -> MultiRow.query(jdbc,
                "INSERT INTO tags (account_id, id, name, name_key) VALUES " + MultiRow.VALUES
                        + " ON CONFLICT (account_id, name_key) DO NOTHING RETURNING name",
                rows, (rs, n) -> rs.getString(1)));

        assertThat(answered).as("the rows written, from all three statements").containsExactlyInAnyOrderElementsOf(
                added);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tags WHERE account_id = ?", Long.class, account.value()))
                .isEqualTo(20_001);
    }

    @DatabaseTest
    void textArrivesAsWrittenWhateverItHolds(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                            AccountId account) {
        // On PostgreSQL the rows go through COPY's text format, whose tabs, line ends, backslashes and \N mean something.
        List<String> names = List.of("tab\there", "line\nend\r\n", "back\\slash \\N", "\\N", "Zoë 東京 🙂", "");
        List<Object[]> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new Object[] {account.value(), Ids.newId(), name, "key " + rows.size()});
        }

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                MultiRow.insert(jdbc, "INSERT INTO tags (account_id, id, name, name_key)", rows));

        assertThat(jdbc.queryForList("SELECT name FROM tags WHERE account_id = ?", String.class, account.value()))
                .containsExactlyInAnyOrderElementsOf(names);
    }

    @DatabaseTest
    void aStatementIsCompiledOncePerTransactionAndClosedWhenItEnds(JdbcTemplate jdbc,
                                                                  PlatformTransactionManager transactions) {
        List<PreparedStatement> used = new ArrayList<>();
        TransactionStatements.Use remember = statement -> {
            used.add(statement);
            statement.executeQuery().close();
        };

        new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.execute(
                (ConnectionCallback<Void>) connection -> {
                    TransactionStatements.run(connection, "SELECT 1", remember);
                    TransactionStatements.run(connection, "SELECT 1", remember);
                    TransactionStatements.run(connection, "SELECT 2", remember);
                    assertThat(used.getFirst().isClosed()).as("open while the transaction runs").isFalse();
                    return null;
                }));
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            TransactionStatements.run(connection, "SELECT 1", remember);
            return null;
        });

        assertThat(used).hasSize(4);
        assertThat(used.get(1)).as("the same statement again").isSameAs(used.get(0));
        assertThat(used.get(2)).as("another statement").isNotSameAs(used.get(0));
        assertThat(used.get(3)).as("outside a transaction, a statement of its own").isNotSameAs(used.get(0));
        assertThat(used).allSatisfy(statement -> assertThat(statement.isClosed()).isTrue());
    }
}
