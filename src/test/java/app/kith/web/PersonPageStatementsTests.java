package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.calendar.CalendarService;
import app.kith.calendar.EventChanges;
import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.directory.DirectoryService;
import app.kith.insights.PathService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.sources.SourceService;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.TestDatabases;
import app.kith.testing.TestPeople;
import java.time.LocalDate;
import java.util.List;
import org.springframework.ui.ExtendedModelMap;

/**
 * A person page sends the same small number of statements to the database however much the person
 * has: interactions, connections, affiliations and events are read a page or a set at a time, and its
 * charts' two years in a few statements. Only a timeline longer than its first page is counted
 * ({@code Page.of}).
 */
class PersonPageStatementsTests {
    /**
     * What the page costs today for a person whose timeline fills its first page (46 before issue 17's
     * one read per screen, 33 before its modules' checks that the person is the account's were answered
     * once per read-only transaction, 28 before a page that ends its list was no longer counted); a
     * change that adds statements says why.
     */
    private static final int MOST = 27;
    /** What its charts add (24 months of touches by direction, and of health): a few statements, not a month each. */
    private static final int CHARTS = 3;

    @DatabaseTest
    void aPersonPageCostsTheSameFewStatementsWhateverThePersonHas(TestDatabases.Vendor vendor, PersonPage page,
                                                                  DirectoryService directory, PathService paths,
                                                                  PeopleService people, InteractionService interactions,
                                                                  ConnectionService connections,
                                                                  OrganizationService organizations,
                                                                  SourceService sources,
                                                                  CalendarService calendar, AccountId account) {
        String few = richPerson(people, interactions, connections, organizations, calendar, account, "Few", 2);
        String many = richPerson(people, interactions, connections, organizations, calendar, account, "Many", 30);
        PersonPage withoutCharts = new PersonPage(directory, people, paths, organizations, sources, "false");

        ExtendedModelMap model = new ExtendedModelMap();
        // Each in a read-only transaction, as the page opens its own (DirectoryService.page).
        int forFew = DatabaseWork.readOnlyStatements(vendor, () -> page.show(account, few, 0, model));
        int forMany = DatabaseWork.readOnlyStatements(vendor, () -> page.show(account, many, 0, new ExtendedModelMap()));
        ExtendedModelMap plainModel = new ExtendedModelMap();
        int plain = DatabaseWork.readOnlyStatements(vendor, () -> withoutCharts.show(account, many, 0, plainModel));

        System.out.printf("%s: a person page sends %d statements (%d for a person with 15x more, %d without charts)%n",
                vendor, forFew, forMany, plain);
        assertThat(model).containsKey("chart");
        assertThat(plainModel).doesNotContainKey("chart");
        // The timeline of 30 fills its first page of 20 and is counted; the timeline of 2 ends there.
        assertThat(forMany).isEqualTo(forFew + 1);
        assertThat(forMany).isLessThanOrEqualTo(MOST);
        assertThat(forMany - plain).isBetween(1, CHARTS);
    }

    private static String richPerson(PeopleService people, InteractionService interactions,
                                     ConnectionService connections, OrganizationService organizations,
                                     CalendarService calendar, AccountId account, String name, int size) {
        String id = TestPeople.add(people, account, name, "close", "1990-05-01", name.toLowerCase() + "@example.com");
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < size; i++) {
            String other = TestPeople.add(people, account, name + " friend " + i, "network", null, null);
            interactions.log(account, new InteractionChanges(List.of(id, other), "coffee", i % 2 == 0 ? "gave" : "mutual",
                    day.plusDays(i).toString(), "note " + i));
            connections.connect(account, new ConnectionChanges(id, other, "knows", 3, null));
            organizations.addAffiliation(account, new AffiliationChanges(id, null, name + " org " + i, "community",
                    null, null, null, null));
            calendar.create(account, EventChanges.of("dinner", day.plusDays(i).toString(), "Dinner " + i,
                    List.of(id)));
        }
        return id;
    }
}
