package app.kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.shared.Page;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestDatabases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL keeps the counts of the searches it has answered until the account's people change
 * ({@code people_search_versions}); SQLite counts from its index each time. Either way a search's total
 * follows every change: people added, renamed, removed, in this account or another, and a rolled-back
 * write leaves it as it was.
 */
class PeopleSearchCountsKeptTests {

    @DatabaseTest
    void aSearchsTotalFollowsEveryChangeToThePeopleItCounts(PeopleService people, PlatformTransactionManager transactions,
                                                           AccountId account, AccountId other) {
        String ada = people.create(account, PersonChanges.named("Ada Lovelace")).id();
        String alan = people.create(account, PersonChanges.named("Alan Turing")).id();
        people.create(account, PersonChanges.named("Grace Hopper"));
        assertThat(total(people, account, "a")).isEqualTo(2);
        assertThat(total(people, account, "a")).isEqualTo(2);

        people.create(account, PersonChanges.named("Annie Easley"));
        assertThat(total(people, account, "a")).isEqualTo(3);

        people.update(account, ada, PersonChanges.builder().name("Mary Somerville").build());
        assertThat(total(people, account, "a")).isEqualTo(2);

        people.update(account, ada, PersonChanges.builder().tags(List.of("astronomy")).build());
        assertThat(total(people, account, "a")).isEqualTo(3);

        people.delete(account, alan);
        assertThat(total(people, account, "a")).isEqualTo(2);

        people.create(other, PersonChanges.named("Anita Borg"));
        assertThat(total(people, account, "a")).isEqualTo(2);
        assertThat(total(people, other, "a")).isEqualTo(1);

        // Counted inside the transaction that adds her (before its search entries are written at the commit):
        // that count is not kept, and neither is anything of a write rolled back.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            people.create(account, PersonChanges.named("Alice Ball"));
            total(people, account, "a");
        });
        assertThat(total(people, account, "a")).isEqualTo(3);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            people.create(account, PersonChanges.named("Amy Johnson"));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // After her search entry is written: counted here, and then undone.
                    assertThat(total(people, account, "a")).isEqualTo(4);
                    throw new IllegalStateException("undone");
                }
            });
        })).hasMessage("undone");
        assertThat(total(people, account, "a")).isEqualTo(3);
    }

    @DatabaseTest
    void searchingAgainWithNothingChangedReadsNoMatchesAndABulkWriteMarksTheAccountOnce(
            PeopleService people, FullTextSearch fullText, JdbcClient jdbc, PlatformTransactionManager transactions,
            TestDatabases.Vendor vendor, AccountId account) {
        Map<String, PersonChanges> byId = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            byId.put(Ids.newId(), PersonChanges.builder().name("Ada Person" + i).emails(List.of("p" + i + "@example.com"))
                    .build());
        }
        AtomicLong written = new AtomicLong();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long before = rowVersionsWritten(jdbc, vendor);
            people.createAll(account, byId);
            byId.keySet().forEach(id -> people.update(account, id, PersonChanges.builder().tags(List.of("t")).build()));
            // After the search entries, which are written just before the commit.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    if (vendor == TestDatabases.Vendor.POSTGRESQL) {
                        jdbc.sql("SET CONSTRAINTS ALL IMMEDIATE").update(); // the marks' triggers wait for the commit
                    }
                    written.set(rowVersionsWritten(jdbc, vendor) - before);
                }
            });
        });
        assertThat(written.get()).as("row versions of the account's mark written by 300 new people retagged").isLessThanOrEqualTo(1);

        long[] reads = new TransactionTemplate(transactions).execute(status -> {
            long first = fullText.countMatches(account, List.of("a"));
            long before = readsOfPeople(jdbc, vendor);
            long again = fullText.countMatches(account, List.of("a"));
            return new long[] {first, again, readsOfPeople(jdbc, vendor) - before};
        });
        assertThat(reads[0]).isEqualTo(300);
        assertThat(reads[1]).isEqualTo(300);
        assertThat(reads[2]).as("reads of people to count again with nothing changed").isZero();
    }

    @DatabaseTest
    void theWholeListsTotalFollowsPeopleAddedAndRemovedAndIsCountedOnceWithNothingChanged(
            PeopleService people, JdbcClient jdbc, PlatformTransactionManager transactions, TestDatabases.Vendor vendor,
            AccountId account, AccountId other) {
        long self = total(people, account, "");
        String ada = people.create(account, PersonChanges.named("Ada Lovelace")).id();
        people.create(account, PersonChanges.named("Alan Turing"));
        assertThat(total(people, account, "")).isEqualTo(self + 2);

        people.delete(account, ada);
        people.create(other, PersonChanges.named("Grace Hopper"));
        assertThat(total(people, account, "")).isEqualTo(self + 1);

        // A filtered list counts each time: a person's circle changes without moving the account's mark.
        String grace = people.create(account, PersonChanges.named("Grace Hopper")).id();
        PeopleFilter inner = new PeopleFilter("", null, Circle.INNER, null, null, null);
        assertThat(people.list(account, inner, Page.Request.of(0, 1)).total()).isZero();
        people.update(account, grace, PersonChanges.builder().circle("inner").build());
        assertThat(people.list(account, inner, Page.Request.of(0, 1)).total()).isEqualTo(1);

        long[] reads = new TransactionTemplate(transactions).execute(status -> {
            long first = total(people, account, "");
            long before = readsOfPeople(jdbc, vendor);
            long again = total(people, account, "");
            return new long[] {first, again, readsOfPeople(jdbc, vendor) - before};
        });
        assertThat(reads[0]).isEqualTo(self + 2);
        assertThat(reads[1]).isEqualTo(self + 2);
        assertThat(reads[2]).as("reads of people beyond the page's own row").isEqualTo(
                vendor == TestDatabases.Vendor.POSTGRESQL ? 1 : 0);
    }

    @DatabaseTest
    void theTagsCountsFollowEveryTaggingAndAreCountedOnceWithNothingChanged(
            PeopleService people, TagService tags, JdbcClient jdbc, PlatformTransactionManager transactions,
            TestDatabases.Vendor vendor, AccountId account) {
        String ada = people.create(account, PersonChanges.builder().name("Ada Lovelace").tags(List.of("a b")).build())
                .id();
        String alan = people.create(account, PersonChanges.named("Alan Turing")).id();
        assertThat(counts(tags, account)).containsExactly(Map.entry("a b", 1L));

        // The same search text, "ada lovelace a b", from other tags: the links still tell.
        people.update(account, ada, PersonChanges.builder().tags(List.of("a", "b")).build());
        assertThat(counts(tags, account)).containsExactly(Map.entry("a", 1L), Map.entry("a b", 0L),
                Map.entry("b", 1L));

        tags.tagAll(account, List.of(ada, alan), "a");
        tags.create(account, "nobody");
        assertThat(counts(tags, account)).containsExactly(Map.entry("a", 2L), Map.entry("a b", 0L),
                Map.entry("b", 1L), Map.entry("nobody", 0L));

        tags.delete(account, tags.all(account).getFirst().id());
        people.delete(account, ada);
        assertThat(counts(tags, account)).containsExactly(Map.entry("a b", 0L), Map.entry("b", 0L),
                Map.entry("nobody", 0L));

        people.update(account, alan, PersonChanges.builder().tags(List.of("b")).build());
        long[] reads = new TransactionTemplate(transactions).execute(status -> {
            long first = tags.all(account).get(1).people();
            long before = readsOf(jdbc, vendor, "person_tags");
            long again = tags.all(account).get(1).people();
            return new long[] {first, again, readsOf(jdbc, vendor, "person_tags") - before};
        });
        assertThat(reads[0]).isEqualTo(1);
        assertThat(reads[1]).isEqualTo(1);
        assertThat(reads[2]).as("reads of the tags' links to count again with nothing changed").isZero();
    }

    private static Map<String, Long> counts(TagService tags, AccountId account) {
        Map<String, Long> counts = new LinkedHashMap<>();
        tags.all(account).forEach(t -> counts.put(t.name(), t.people()));
        return counts;
    }

    /** Scans of a table by this transaction; SQLite counts each time, by design. */
    private static long readsOf(JdbcClient jdbc, TestDatabases.Vendor vendor, String table) {
        if (vendor == TestDatabases.Vendor.SQLITE) {
            return 0;
        }
        return jdbc.sql("SELECT COALESCE(sum(idx_scan + seq_scan), 0) FROM pg_stat_xact_user_tables WHERE relname = ?")
                .param(table).query(Long.class).single();
    }

    private static long total(PeopleService people, AccountId account, String query) {
        return people.list(account, new PeopleFilter(query, null, null, null, null, null), Page.Request.of(0, 1)).total();
    }

    /** SQLite counts from its index each time, by design; nothing to measure there. */
    private static long readsOfPeople(JdbcClient jdbc, TestDatabases.Vendor vendor) {
        if (vendor == TestDatabases.Vendor.SQLITE) {
            return 0;
        }
        return jdbc.sql("SELECT COALESCE(sum(idx_scan + seq_scan), 0) FROM pg_stat_xact_user_tables WHERE relname = 'people'")
                .query(Long.class).single();
    }

    /**
     * Row versions of the marks written by this connection: a difference of two readings within one
     * transaction, as what the server has not yet gathered from earlier transactions shows here too.
     */
    private static long rowVersionsWritten(JdbcClient jdbc, TestDatabases.Vendor vendor) {
        if (vendor == TestDatabases.Vendor.SQLITE) {
            return 0;
        }
        return jdbc.sql("SELECT COALESCE(sum(n_tup_ins + n_tup_upd), 0) FROM pg_stat_xact_user_tables WHERE relname = 'people_search_versions'")
                .query(Long.class).single();
    }
}
