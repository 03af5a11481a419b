package app.kith.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.KithApplication;
import app.kith.accounts.AccountService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Search counts in an SQLite file that holds one account (counted from the full-text index alone)
 * and then several (each match checked against the account): the same numbers either way.
 */
class PeopleSearchCountTests {

    @Test
    void searchCountsOnlyTheAccountsPeopleWhetherTheFileHoldsOneAccountOrMore() {
        try (var app = new SpringApplicationBuilder(KithApplication.class).web(WebApplicationType.NONE)
                .run("--kith.data=" + TestDatabases.tempDir())) {
            PeopleService people = app.getBean(PeopleService.class);
            AccountService accounts = app.getBean(AccountService.class);
            AccountId mine = accounts.create("mine@example.com", "Me", null).id();
            for (String name : new String[] {"Maria Curie", "Marek Żak", "Anna Maria", "Bob Stone"}) {
                people.create(mine, PersonChanges.named(name));
            }
            PeopleFilter mar = new PeopleFilter("mar", null, null, null, null, null);

            Page<PersonSummary> alone = people.list(mine, mar, Page.Request.of(0, 2));
            AccountId other = accounts.create("other@example.com", "Marta Other", null).id();
            people.create(other, PersonChanges.named("Mario Other"));
            Page<PersonSummary> shared = people.list(mine, mar, Page.Request.of(0, 2));

            assertThat(alone.total()).isEqualTo(3);
            assertThat(shared.total()).isEqualTo(3);
            assertThat(shared.items()).isEqualTo(alone.items());
            assertThat(people.list(other, mar, Page.Request.of(0, 10)).total()).isEqualTo(2);
        }
    }
}
