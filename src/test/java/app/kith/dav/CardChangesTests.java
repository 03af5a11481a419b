package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A card moves once per transaction however often its person changes in it (an import writes people,
 * then their affiliations), and again in every later transaction that changes it. The account's
 * change counter is taken as the transaction commits, so that it holds other writers only that long.
 */
class CardChangesTests {

    @DatabaseTest
    void peopleAndTheirJobsWrittenTogetherMoveEachCardOnce(AccountId account, PeopleService people,
                                                           OrganizationService organizations, Cards cards, JdbcClient jdbc,
                                                           PlatformTransactionManager transactions) {
        TransactionTemplate inOne = new TransactionTemplate(transactions);
        long before = cards.current(account);

        List<String> ids = inOne.execute(status -> {
            List<String> made = people.createAll(account, List.of(PersonChanges.builder().name("Ada Lovelace").build(),
                    PersonChanges.builder().name("Grace Hopper").build()));
            organizations.addAffiliations(account, made.stream()
                    .map(id -> new AffiliationChanges(id, null, "Analytical Engines", "company", null, "Engineer", null,
                            null))
                    .toList());
            return made;
        });

        assertThat(cards.current(account)).isEqualTo(before + 1);
        assertThat(ids).allSatisfy(id -> assertThat(seq(jdbc, account, id)).isEqualTo(before + 1));

        inOne.executeWithoutResult(status -> organizations.addAffiliations(account, List.of(
                new AffiliationChanges(ids.getFirst(), null, "Royal Society", "community", null, null, null, null))));

        assertThat(cards.current(account)).as("a later transaction's change is news again").isEqualTo(before + 2);
        assertThat(seq(jdbc, account, ids.getFirst())).isEqualTo(before + 2);
        assertThat(seq(jdbc, account, ids.getLast())).isEqualTo(before + 1);
    }

    @DatabaseTest
    void theCounterIsTakenLastSoItHoldsOtherWritersOnlyForTheCommit(TestDatabases.Vendor vendor, AccountId account,
                                                                     PeopleService people) {
        String id = people.add(account, PersonChanges.builder().name("Ada Lovelace").build());
        for (Runnable write : List.<Runnable>of(
                () -> people.add(account, PersonChanges.builder().name("Grace Hopper").tags(List.of("navy")).build()),
                () -> people.change(account, id, PersonChanges.builder().nickname("Countess").build()),
                () -> people.delete(account, id))) {
            List<String> sent = new ArrayList<>();
            DatabaseWork.statements(vendor, true, sent::add, write);
            int counter = indexOf(sent, "dav_sync");
            assertThat(counter).as("the counter is taken: %s", sent).isNotNegative();
            // What follows it is the cards' own rows and the insights' revision, written at the commit too.
            assertThat(sent.subList(counter + 1, sent.size()))
                    .allMatch(sql -> sql.contains("dav_cards") || sql.contains("insight_revisions"), "only card rows");
            assertThat(sent.subList(0, counter)).as("the person's own writes come first")
                    .anyMatch(sql -> sql.contains("people"));
        }
    }

    @DatabaseTest
    void aPersonMadeAndDeletedInOneTransactionLeavesNoCard(AccountId account, PeopleService people, Cards cards,
                                                           JdbcClient jdbc, PlatformTransactionManager transactions) {
        long before = cards.current(account);
        String id = new TransactionTemplate(transactions).execute(status -> {
            String made = people.add(account, PersonChanges.builder().name("Brief Encounter").build());
            people.delete(account, made);
            return made;
        });

        assertThat(jdbc.sql("SELECT count(*) FROM dav_cards WHERE account_id = ? AND person_id = ?")
                .params(account.value(), id).query(Long.class).single()).isZero();
        assertThat(cards.current(account)).as("nothing any client could see changed").isEqualTo(before);
    }

    private static int indexOf(List<String> sent, String table) {
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).contains(table)) {
                return i;
            }
        }
        return -1;
    }

    private static long seq(JdbcClient jdbc, AccountId account, String personId) {
        return jdbc.sql("SELECT seq FROM dav_cards WHERE account_id = ? AND person_id = ?")
                .params(account.value(), personId).query(Long.class).single();
    }
}
