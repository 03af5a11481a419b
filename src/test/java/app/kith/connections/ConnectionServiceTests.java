package app.kith.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.testing.DatabaseTest;

class ConnectionServiceTests {

    @DatabaseTest
    void connectingTheSamePairTwiceUpdatesTheOneConnection(ConnectionService connections, PeopleService people,
                                                            AccountId account) {
        String a = people.create(account, PersonChanges.named("Ines")).id();
        String b = people.create(account, PersonChanges.named("Jonas")).id();
        connections.connect(account, new ConnectionChanges(a, b, "colleague", 2, null));
        Connection again = connections.connect(account, new ConnectionChanges(b, a, "colleague", 5, "worked together"));

        assertThat(connections.list(account, a, Page.Request.of(0, 10)).items()).containsExactly(again);
        assertThat(again.strength()).isEqualTo(5);
        assertThat(again.other(a)).isEqualTo(b);
    }

    @DatabaseTest
    void invalidConnectionsAreRefused(ConnectionService connections, PeopleService people, AccountId account) {
        String a = people.create(account, PersonChanges.named("Ines")).id();
        assertThatThrownBy(() -> connections.connect(account, new ConnectionChanges(a, a, null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("personB:");
        assertThatThrownBy(() -> connections.connect(account, new ConnectionChanges(a, "self", null, 9, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("strength:");
        assertThat(connections.list(account, null, Page.Request.of(0, 10)).total()).isZero();
    }

    @DatabaseTest
    void anotherAccountsPeopleCannotBeConnected(ConnectionService connections, PeopleService people,
                                                AccountId owner, AccountId other) {
        String a = people.create(owner, PersonChanges.named("Ines")).id();
        assertThatThrownBy(() -> connections.connect(other, new ConnectionChanges("self", a, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(connections.list(owner, null, Page.Request.of(0, 10)).total()).isZero();
    }
}
