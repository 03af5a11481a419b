package app.kith.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The connections module on its own, with the people module: who knows whom, and how well. */
class ConnectionsModuleTests {

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "connections", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        ConnectionService connections;

        @Test
        void aPairIsConnectedOncePerKindWhicheverWayRoundItIsGiven() {
            String ada = person("Ada Aalto", null);
            String ben = person("Ben Berg", null);

            Connection first = connections.connect(account, new ConnectionChanges(ben, ada, "colleague", 4,
                    "same team"));
            Connection again = connections.connect(account, new ConnectionChanges(ada, ben, "colleague", null,
                    "pair programming"));
            Connection family = connections.connect(account, new ConnectionChanges(ada, ben, "family", 5, null));

            assertThat(again.id()).isEqualTo(first.id());
            assertThat(again.strength()).as("a strength not given stays").isEqualTo(4);
            assertThat(connections.get(account, first.id()).note()).isEqualTo("pair programming");
            assertThat(family.id()).isNotEqualTo(first.id());
            assertThat(connections.list(account, ada, Page.Request.of(0, 10)).items()).extracting(Connection::kind)
                    .containsExactlyInAnyOrder(ConnectionKind.COLLEAGUE, ConnectionKind.FAMILY);
        }

        @Test
        void anIntroductionKeepsWhoIntroducedWhomAndTouchingFindsBothEnds() {
            String cleo = person("Cleo Cruz", null);
            String dev = person("Dev Desai", null);
            String eli = person("Eli Eriksen", null);
            Connection intro = connections.connect(account, new ConnectionChanges(eli, cleo, "introduced-by", 2,
                    null));
            Connection knows = connections.connect(account, new ConnectionChanges(cleo, dev, null, null, null));

            assertThat(List.of(intro.personA(), intro.personB())).as("eli was introduced by cleo")
                    .containsExactly(eli, cleo);
            assertThat(knows.kind()).isEqualTo(ConnectionKind.KNOWS);
            assertThat(knows.strength()).isEqualTo(3);
            assertThat(connections.touching(account, List.of(eli))).extracting(Connection::id)
                    .containsExactly(intro.id());
            assertThat(connections.touching(account, List.of(cleo))).extracting(Connection::id)
                    .containsExactlyInAnyOrder(intro.id(), knows.id());
            assertThatThrownBy(() -> connections.update(account, knows.id(), new ConnectionChanges(null, null, null,
                    9, null))).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("strength");

            connections.delete(account, knows.id());

            assertThatThrownBy(() -> connections.get(account, knows.id())).isInstanceOf(NotFoundException.class);
            assertThat(connections.touching(account, List.of(dev))).isEmpty();
        }
    }
}
