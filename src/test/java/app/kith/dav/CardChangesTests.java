package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A card moves once per transaction however often its person changes in it (an import writes people,
 * then their affiliations), and again in every later transaction that changes it.
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

    private static long seq(JdbcClient jdbc, AccountId account, String personId) {
        return jdbc.sql("SELECT seq FROM dav_cards WHERE account_id = ? AND person_id = ?")
                .params(account.value(), personId).query(Long.class).single();
    }
}
