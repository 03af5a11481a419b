package app.kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import app.kith.testing.TestPeople;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The people module on its own, with only shared (and accounts, for the accounts the people belong
 * to): searching people on each database's own full-text search, tags, and merging duplicates
 * while no other module keeps rows about them.
 */
class PeopleModuleTests {

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        TagService tags;
        @Autowired
        PersonMerger merger;

        @Test
        void peopleAreFoundByNameEmailAndTagWithoutAccentsOrCase() {
            String zoe = TestPeople.add(people, account, "Zoë Ångström", "close", null, "zoe.a@example.com");
            TestPeople.add(people, account, "Zeno Zeller", "network", null, null);
            tags.tagAll(account, List.of(zoe), "Climbing");

            for (String query : List.of("zoe", "ANGSTROM", "zoe.a@example", "climbing")) {
                assertThat(search(new PeopleFilter(query, null, null, null, null, null))).as(query)
                        .containsExactly("Zoë Ångström");
            }
            assertThat(search(new PeopleFilter(null, "climbing", null, null, null, null)))
                    .containsExactly("Zoë Ångström");
            assertThat(search(new PeopleFilter(null, null, Circle.NETWORK, null, null, null)))
                    .containsExactly("Zeno Zeller");
        }

        @Test
        void duplicatesAreFoundByEmailAndMergedIntoOneWithBothContactPoints() {
            String kept = TestPeople.add(people, account, "Lena Lund", "close", "1990-04-01", "lena@example.com");
            String other = TestPeople.add(people, account, "Lena L.", null, "1991-04-01", "lena@example.com");
            people.update(account, other, PersonChanges.builder()
                    .emails(List.of("lena@example.com", "lena.work@example.com")).phones(List.of("+4722334455"))
                    .build());

            assertThat(merger.duplicates(account)).extracting(DuplicatePair::keepId, DuplicatePair::otherId,
                    DuplicatePair::reason).containsExactly(tuple(kept, other, "the same email lena@example.com"));

            MergeResult merged = merger.merge(account, kept, other);

            assertThat(merged.kept().contact().emails()).containsExactlyInAnyOrder("lena@example.com",
                    "lena.work@example.com");
            assertThat(merged.kept().contact().phones()).containsExactly("+4722334455");
            assertThat(merged.conflicts()).as("the kept values stay, the others are reported")
                    .anyMatch(c -> c.startsWith("birthday:")).anyMatch(c -> c.startsWith("name:"));
            assertThatThrownBy(() -> people.get(account, other)).isInstanceOf(NotFoundException.class);
            assertThat(merger.duplicates(account)).isEmpty();
        }

        private List<String> search(PeopleFilter filter) {
            return people.list(account, filter, Page.Request.of(0, 20)).items().stream().map(PersonSummary::name)
                    .toList();
        }
    }
}
