package app.kith.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.organizations.OrganizationKind;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The directory module on its own, with the modules it composes people from: a person's card,
 * profile and page bring together their employer, interactions, connections, calendar entries and
 * relationship health.
 */
class DirectoryModuleTests {
    private static final LocalDate TODAY = LocalDate.now();

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(mode = BootstrapMode.ALL_DEPENDENCIES, booted = {"accounts", "calendar", "conferences",
        "connections", "directory", "insights", "interactions", "organizations", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        DirectoryService directory;
        @Autowired
        InteractionService interactions;
        @Autowired
        ConnectionService connections;

        @Test
        void aPersonIsComposedFromEveryModuleThatKnowsThem() {
            PersonCard rui = directory.add(account, PersonChanges.named("Rui Rocha"),
                    List.of(new NewAffiliation("Fjord Labs", OrganizationKind.COMPANY, "CTO", "2021", null)));
            String mia = person("Mia Moreau", "close");
            interactions.log(account, new InteractionChanges(List.of(rui.id(), mia), "dinner", "gave",
                    TODAY.minusDays(3).toString(), "at Rui's"));
            connections.connect(account, new ConnectionChanges(rui.id(), mia, "colleague", 4, null));

            PersonProfile profile = directory.profile(account, rui.id());

            assertThat(rui.organization()).isEqualTo("Fjord Labs");
            assertThat(rui.title()).isEqualTo("CTO");
            assertThat(profile.lastInteraction()).isEqualTo(TODAY.minusDays(3));
            assertThat(profile.recentInteractions()).singleElement()
                    .extracting(e -> e.participants().stream().map(PersonProfile.Participant::name).sorted().toList())
                    .isEqualTo(List.of("Mia Moreau", "Rui Rocha"));
            assertThat(profile.connections()).extracting(PersonProfile.ConnectionEntry::name,
                    PersonProfile.ConnectionEntry::kind, PersonProfile.ConnectionEntry::strength)
                    .containsExactly(tuple("Mia Moreau", "colleague", 4));
            assertThat(directory.card(account, rui.id()).lastInteraction()).isEqualTo(TODAY.minusDays(3));
        }

        @Test
        void theListFiltersByOrganizationAndByWhomTodayCallsOverdue() {
            String mia = person("Mia Moreau", "close");
            String noa = person("Noa Novak", "close");
            directory.edit(account, noa, PersonChanges.named("Noa Novak"),
                    List.of(new NewAffiliation("Fjord Labs", OrganizationKind.COMPANY, null, "2020", null)));
            interactions.log(account, new InteractionChanges(List.of(mia), "call", "gave",
                    TODAY.minusDays(2).toString(), null));

            assertThat(names(new DirectoryFilter(null, null, null, null, null, "fjord labs", null)))
                    .containsExactly("Noa Novak");
            assertThat(names(new DirectoryFilter(null, null, "close", null, null, null, true)))
                    .as("Mia was called two days ago; Noa was never touched").containsExactly("Noa Novak");
            assertThat(directory.card(account, mia).health()).as("a recent touch is healthier than none")
                    .isGreaterThan(directory.card(account, noa).health());
        }

        private List<String> names(DirectoryFilter filter) {
            return directory.list(account, filter, Page.Request.of(0, 20)).items().stream().map(PersonCard::name)
                    .toList();
        }
    }
}
