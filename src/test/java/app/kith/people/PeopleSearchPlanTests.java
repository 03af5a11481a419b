package app.kith.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestDatabases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search's count of a short prefix, which matches most people, reads the full-text index. On
 * PostgreSQL, with fresh statistics, the planner once chose to read every person of the table and test
 * each one's words instead, at twice the cost or more (docs/benchmarks.md, issue 13). Counted, not timed:
 * the sequential scans of {@code people} inside the count's transaction.
 */
class PeopleSearchPlanTests {

    @DatabaseTest
    void aPrefixThatMatchesMostPeopleIsCountedFromTheIndex(PeopleService people, FullTextSearch fullText,
                                                           JdbcClient jdbc, PlatformTransactionManager transactions,
                                                           TestDatabases.Vendor vendor, AccountId account) {
        Map<String, PersonChanges> byId = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            byId.put(Ids.newId(), PersonChanges.named((i % 3 == 2 ? "Bo " : "Ada ") + "Person" + i));
        }
        people.createAll(account, byId);
        jdbc.sql("ANALYZE people").update();

        long[] scansAndCount = new TransactionTemplate(transactions).execute(status -> {
            long before = sequentialScansOfPeople(jdbc, vendor);
            long matches = fullText.countMatches(account, List.of("a"));
            return new long[] {sequentialScansOfPeople(jdbc, vendor) - before, matches};
        });

        assertThat(scansAndCount[1]).isEqualTo(200);
        assertThat(scansAndCount[0]).as("sequential scans of people while counting").isZero();
    }

    /** On SQLite the count reads the FTS5 index by construction ({@code people_fts MATCH}); nothing to count. */
    private static long sequentialScansOfPeople(JdbcClient jdbc, TestDatabases.Vendor vendor) {
        if (vendor == TestDatabases.Vendor.SQLITE) {
            return 0;
        }
        return jdbc.sql("SELECT COALESCE(sum(seq_scan), 0) FROM pg_stat_xact_user_tables WHERE relname = 'people'")
                .query(Long.class).single();
    }
}
