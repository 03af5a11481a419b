package app.kith.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organizations module on its own, with the people module its service uses: organizations,
 * their past and present members, and people's current employers.
 */
class OrganizationsModuleTests {

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "organizations", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        OrganizationService organizations;

        @Test
        void anOrganizationKnowsItsPastAndPresentMembersAndWhoWorksThereNow() {
            String ana = person("Ana Lima", null);
            String bo = person("Bo Berg", null);
            Organization fjord = organizations.create(account, new OrganizationChanges("Fjord Labs", "company",
                    "https://fjord.example", null));
            organizations.addAffiliation(account, new AffiliationChanges(ana, fjord.id(), null, null, null,
                    "CTO", "2021", null));
            organizations.addAffiliation(account, new AffiliationChanges(bo, fjord.id(), null, null, null,
                    "Intern", "2015", "2016"));
            organizations.addAffiliation(account, new AffiliationChanges(bo, null, "Oslo Runners", "community",
                    null, null, "2019", null));

            assertThat(organizations.members(account, fjord.id())).extracting(Affiliation::personId,
                    Affiliation::current).containsExactlyInAnyOrder(tuple(ana, true), tuple(bo, false));
            assertThat(organizations.currentEmployment(account, List.of(ana, bo)))
                    .as("a past job and a club are no employer").containsOnlyKeys(ana)
                    .extractingByKey(ana).extracting(Affiliation::organizationName, Affiliation::title)
                    .containsExactly("Fjord Labs", "CTO");
            assertThat(organizations.peopleAffiliatedWith(account, "oslo runners")).containsExactly(bo);
            assertThat(organizations.list(account, "company", "fjord", Page.Request.of(0, 10)).items())
                    .extracting(Organization::name, Organization::members).containsExactly(tuple("Fjord Labs", 2L));
        }

        @Test
        void anAffiliationMovesAndEndsAndGoesWithItsOrganization() {
            String cy = person("Cy Dahl", null);
            Affiliation job = organizations.addAffiliation(account, new AffiliationChanges(cy, null, "Initrode",
                    "company", null, "Analyst", "2018", null));

            Affiliation moved = organizations.updateAffiliation(account, job.id(), new AffiliationChanges(null, null,
                    "Globex", null, null, null, null, "2024"));

            assertThat(moved.organizationName()).isEqualTo("Globex");
            assertThat(moved.title()).as("what the change leaves out stays").isEqualTo("Analyst");
            assertThat(moved.current()).isFalse();
            assertThat(organizations.currentEmployment(account, List.of(cy))).isEmpty();
            assertThat(organizations.memberIds(account, job.organizationId())).as("Initrode has lost its member")
                    .isEmpty();

            organizations.delete(account, moved.organizationId());

            assertThat(organizations.affiliationsOf(account, cy)).isEmpty();
            assertThatThrownBy(() -> organizations.affiliation(account, moved.id()))
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
