package app.kith.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.organizations.OrganizationKind;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
import app.kith.testing.DatabaseTest;
import java.util.List;

class DirectoryServiceTests {

    @DatabaseTest
    void cardShowsCurrentEmployerAndLastInteraction(DirectoryService directory, InteractionService interactions,
                                                    AccountId account) {
        PersonCard card = directory.add(account, PersonChanges.named("Priya Raman"), List.of(
                new NewAffiliation("Old Co", OrganizationKind.COMPANY, "Intern", "2010", "2011"),
                new NewAffiliation("Hooli", OrganizationKind.COMPANY, "CTO", "2020", null)));
        interactions.log(account, new InteractionChanges(List.of(card.id()), "coffee", "gave", "2025-05-01", null));

        PersonCard read = directory.card(account, card.id());
        assertThat(read.organization()).isEqualTo("Hooli");
        assertThat(read.title()).isEqualTo("CTO");
        assertThat(read.lastInteraction()).hasToString("2025-05-01");
        assertThat(directory.list(account, new DirectoryFilter(null, null, null, null, null, "Hooli"),
                Page.Request.of(0, 10)).items()).extracting(PersonCard::name).containsExactly("Priya Raman");
    }

    @DatabaseTest
    void profileHasAffiliationsTimelineAndConnectionsWithNames(DirectoryService directory, PeopleService people,
                                                              InteractionService interactions,
                                                              ConnectionService connections, AccountId account) {
        String a = people.create(account, PersonChanges.named("Tomás")).id();
        String b = people.create(account, PersonChanges.named("Yuki")).id();
        interactions.log(account, new InteractionChanges(List.of(a, b), "dinner", "mutual", "2025-01-02", "<b>hi</b>"));
        connections.connect(account, new ConnectionChanges(a, b, "knows", 4, null));

        PersonProfile profile = directory.profile(account, a);
        assertThat(profile.recentInteractions()).singleElement().satisfies(t -> {
            assertThat(t.notes()).isEqualTo("<b>hi</b>");
            assertThat(t.participants()).extracting(PersonProfile.Participant::name)
                    .containsExactlyInAnyOrder("Tomás", "Yuki");
        });
        assertThat(profile.connections()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Yuki"));
    }

    @DatabaseTest
    void addingAPersonWithABadAffiliationWritesNothing(DirectoryService directory, AccountId account) {
        assertThatThrownBy(() -> directory.add(account, PersonChanges.named("Half Written"),
                List.of(new NewAffiliation("School", OrganizationKind.SCHOOL, null, "20x0", null))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("start:");
        assertThat(directory.list(account, new DirectoryFilter("half", null, null, null, null, null),
                Page.Request.of(0, 10)).total()).isZero();
    }
}
