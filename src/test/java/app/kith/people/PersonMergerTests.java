package app.kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.connections.Connection;
import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.organizations.Affiliation;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.testing.DatabaseTest;
import java.util.List;
import org.assertj.core.groups.Tuple;

class PersonMergerTests {

    @DatabaseTest
    void mergingMovesInteractionsAffiliationsAndConnectionsToThePersonKept(
            PersonMerger merger, PeopleService people, InteractionService interactions,
            OrganizationService organizations, ConnectionService connections, AccountId account) {
        String keep = people.create(account, PersonChanges.builder().name("Ada Quinlan")
                .emails(List.of("ada@example.com")).tags(List.of("work")).notes("kept note").build()).id();
        String other = people.create(account, PersonChanges.builder().name("ada quinlan").nickname("Ada")
                .emails(List.of("ADA@example.com", "ada@home.example")).phones(List.of("+1 415 555 0100"))
                .birthday("--03-31").tags(List.of("climbing")).notes("other note").build()).id();
        String bob = people.create(account, PersonChanges.named("Bob")).id();
        interactions.log(account, new InteractionChanges(List.of(other, bob), "dinner", "gave", "2024-01-01", null));
        interactions.log(account, new InteractionChanges(List.of(keep, other), "call", null, "2024-02-01", null));
        organizations.addAffiliation(account, new AffiliationChanges(other, null, "Northwind", null, "works-at", "PM",
                null, null));
        connections.connect(account, new ConnectionChanges(other, bob, "colleague", 4, null));
        connections.connect(account, new ConnectionChanges(keep, other, "knows", 2, null));

        assertThat(merger.duplicates(account)).extracting(DuplicatePair::keepId, DuplicatePair::otherId)
                .contains(Tuple.tuple(keep, other));
        MergeResult result = merger.merge(account, keep, other);

        assertThatThrownBy(() -> people.get(account, other)).isInstanceOf(NotFoundException.class);
        Person kept = result.kept();
        assertThat(kept.name()).isEqualTo("Ada Quinlan");
        assertThat(kept.contact().emails()).containsExactly("ada@example.com", "ada@home.example");
        assertThat(kept.contact().phones()).containsExactly("+14155550100");
        assertThat(kept.nickname()).isEqualTo("Ada");
        assertThat(kept.birthday().toString()).isEqualTo("--03-31");
        assertThat(kept.tags()).containsExactlyInAnyOrder("work", "climbing");
        assertThat(kept.notes()).isEqualTo("kept note");
        assertThat(result.conflicts()).anyMatch(c -> c.startsWith("notes"));
        assertThat(interactions.recent(account, keep, 10)).extracting(i -> i.kind().wire())
                .containsExactlyInAnyOrder("dinner", "call");
        assertThat(interactions.recent(account, keep, 10)).allSatisfy(i ->
                assertThat(i.participantIds()).doesNotContain(other).doesNotHaveDuplicates());
        assertThat(organizations.affiliationsOf(account, keep)).extracting(Affiliation::organizationName)
                .containsExactly("Northwind");
        List<Connection> all = connections.list(account, null, Page.Request.of(0, 10)).items();
        assertThat(all).singleElement().satisfies(c -> assertThat(c.other(bob)).isEqualTo(keep));
        assertThat(merger.duplicates(account)).isEmpty();
    }

    @DatabaseTest
    void youCannotBeMergedAwayNorMergedWithYourself(PersonMerger merger, PeopleService people, AccountId account) {
        String ada = people.create(account, PersonChanges.named("Ada")).id();
        assertThatThrownBy(() -> merger.merge(account, ada, "self")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> merger.merge(account, ada, ada)).isInstanceOf(InvalidInputException.class);
        assertThat(people.get(account, ada).name()).isEqualTo("Ada");
    }
}
