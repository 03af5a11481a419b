package app.kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.AccountId;
import app.kith.shared.NotFoundException;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.TestDatabases;
import java.util.List;

/**
 * Each module a page asks about a person first checks that the person is the account's. In a read-only
 * transaction that check is made once; in one that writes, every time, as a person may be deleted in it.
 */
class KnownPeopleTests {

    @DatabaseTest
    void aReadOnlyTransactionChecksEachPersonOnce(TestDatabases.Vendor vendor, AccountId account, PeopleService people) {
        String ada = people.add(account, PersonChanges.builder().name("Ada Lovelace").build());
        Runnable threeModules = () -> {
            for (int i = 0; i < 3; i++) {
                assertThat(people.resolve(account, ada)).isEqualTo(ada);
                assertThat(people.resolveAll(account, List.of(PeopleService.SELF, ada))).hasSize(2).contains(ada);
            }
        };

        assertThat(DatabaseWork.readOnlyStatements(vendor, threeModules)).as("the person once, and who is self once")
                .isEqualTo(2);
        assertThat(DatabaseWork.statements(vendor, threeModules)).as("a writing transaction checks every time")
                .isEqualTo(9);
    }

    @DatabaseTest
    void anotherAccountsPersonIsStillNotFoundAfterOneWasKnown(TestDatabases.Vendor vendor, AccountId account,
                                                             AccountId other, PeopleService people) {
        String ada = people.add(account, PersonChanges.builder().name("Ada Lovelace").build());
        String theirs = people.add(other, PersonChanges.builder().name("Grace Hopper").build());

        DatabaseWork.readOnlyStatements(vendor, () -> {
            people.resolve(account, ada);
            people.resolve(other, theirs);
            assertThatThrownBy(() -> people.resolve(account, theirs)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> people.resolve(other, ada)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> people.resolve(account, null)).isInstanceOf(NotFoundException.class);
        });
    }
}
