package app.kith.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.people.PeopleFilter;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.people.PersonSummary;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.testing.DatabaseTest;
import java.util.List;

class OrganizationServiceTests {

    private static List<String> search(PeopleService people, AccountId account, String query) {
        return people.list(account, new PeopleFilter(query, null, null, null, null, null), Page.Request.of(0, 20))
                .items().stream().map(PersonSummary::name).toList();
    }

    @DatabaseTest
    void affiliationsCarryRoleTitleAndYearsAndMakePeopleFindableByOrganization(
            OrganizationService organizations, PeopleService people, AccountId account) {
        String ana = people.create(account, PersonChanges.named("Ana Souza")).id();
        organizations.addAffiliation(account, new AffiliationChanges(ana, null, "Nordlys Energi", "company", null,
                "Staff Engineer", "2019", null));
        organizations.addAffiliation(account, new AffiliationChanges(ana, null, "Universidade de São Paulo", "school",
                null, "BSc Physics", "2008", "2012"));

        List<Affiliation> list = organizations.affiliationsOf(account, ana);
        assertThat(list).extracting(Affiliation::organizationName)
                .containsExactly("Nordlys Energi", "Universidade de São Paulo");
        assertThat(list.getFirst().role()).isEqualTo(AffiliationRole.WORKS_AT);
        assertThat(list.getFirst().current()).isTrue();
        assertThat(list.get(1).role()).isEqualTo(AffiliationRole.STUDIED_AT);
        assertThat(list.get(1).start().year()).isEqualTo(2008);
        assertThat(list.get(1).end().year()).isEqualTo(2012);
        assertThat(search(people, account, "nordly")).containsExactly("Ana Souza");
        assertThat(search(people, account, "staff eng")).containsExactly("Ana Souza");
        assertThat(search(people, account, "sao paulo")).containsExactly("Ana Souza");
    }

    @DatabaseTest
    void renamingAnOrganizationUpdatesSearch(OrganizationService organizations, PeopleService people,
                                             AccountId account) {
        String id = people.create(account, PersonChanges.named("Bo Lind")).id();
        Affiliation a = organizations.addAffiliation(account,
                new AffiliationChanges(id, null, "Initech", "company", null, null, null, null));
        organizations.update(account, a.organizationId(), new OrganizationChanges("Globex", null, null, null));

        assertThat(search(people, account, "globex")).containsExactly("Bo Lind");
        assertThat(search(people, account, "initech")).isEmpty();
    }

    @DatabaseTest
    void sameNameAndKindIsOneOrganization(OrganizationService organizations, AccountId account) {
        String first = organizations.findOrCreate(account, "ACME Corp", OrganizationKind.COMPANY);
        String second = organizations.findOrCreate(account, "acme corp ", OrganizationKind.COMPANY);
        assertThat(second).isEqualTo(first);
        assertThatThrownBy(() -> organizations.create(account, new OrganizationChanges("Acme Corp", "company", null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void badValuesNameTheirField(OrganizationService organizations, AccountId account) {
        assertThatThrownBy(() -> organizations.create(account, new OrganizationChanges("X", "guild", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("kind:");
        assertThatThrownBy(() -> organizations.create(account,
                new OrganizationChanges("X", "company", "javascript:alert(1)", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("website:");
        assertThat(organizations.list(account, null, null, Page.Request.of(0, 10)).total()).isZero();
    }

    @DatabaseTest
    void anotherAccountsOrganizationIsNotFound(OrganizationService organizations, AccountId owner, AccountId other) {
        Organization org = organizations.create(owner, new OrganizationChanges("Umbrella", "company", null, null));
        assertThatThrownBy(() -> organizations.get(other, org.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizations.delete(other, org.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizations.addAffiliation(other,
                new AffiliationChanges("self", org.id(), null, null, null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(organizations.get(owner, org.id()).name()).isEqualTo("Umbrella");
    }
}
