package app.kith.insights;

import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.testing.TestDatabases;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * A year in a user's life (2024-2025): people in every circle, asks and gives, a strained bridge,
 * birthdays with and without a year, a partnership, schools, employers and who knows whom.
 * Every test gets a fresh account with the same story, so dates and expectations are exact.
 */
final class YearInALife {
    final AccountId account;
    final PeopleService people;
    final InteractionService interactions;
    final ConnectionService connections;
    final OrganizationService organizations;

    final String inna;   // inner, gave a coffee on 2025-03-01
    final String carl;   // close, only asks
    final String nora;   // network, gave on 2025-01-10
    final String alma;   // acquaintance, mutual on 2024-09-01
    final String nate;   // no circle: never nudged
    final String sam;    // inner but strained, cooling off until 2025-03-20
    final String bea;    // close, born 1985-03-20
    final String yuri;   // network, birthday --03-17 (no year)
    final String lea;    // inner, born on 29 February 1992
    final String dana;   // close: fading, and her last three touches were asks
    final String olga;   // same school and employer as you, overlapping years
    final String pavel;  // same school, different years
    final String ben;    // Inna's colleague, knows Tara
    final String tara;   // someone you don't know yet
    final String uma;    // nobody you know knows her
    final String petra;  // an active partnership

    YearInALife(TestDatabases.Vendor vendor, AccountId account) {
        ApplicationContext context = TestDatabases.context(vendor);
        this.account = account;
        people = context.getBean(PeopleService.class);
        interactions = context.getBean(InteractionService.class);
        connections = context.getBean(ConnectionService.class);
        organizations = context.getBean(OrganizationService.class);

        inna = person("Inna Ivanova", "inner", null);
        carl = person("Carl Chen", "close", null);
        nora = person("Nora Nakamura", "network", null);
        alma = person("Alma Alves", "acquaintance", null);
        nate = person("Nate Novak", "none", null);
        sam = person("Sam Stone", "inner", null);
        bea = person("Bea Brandt", "close", "1985-03-20");
        yuri = person("Yuri Yoon", "network", "--03-17");
        lea = person("Lea Lind", "inner", "1992-02-29");
        dana = person("Dana Diaz", "close", null);
        olga = person("Olga Orlova", "none", null);
        pavel = person("Pavel Petrov", "none", null);
        ben = person("Ben Brooks", "none", null);
        tara = person("Tara Thompson", "none", null);
        uma = person("Uma Usman", "none", null);
        petra = people.create(account, PersonChanges.builder().name("Petra Park").circle("none").kind("partnership")
                .partnershipStage("active")
                .partnershipCase("We both win if her studio ships our app; she gets" + " a reference client.").build()).id();

        log(inna, "coffee", "gave", "2025-03-01");
        log(carl, "call", "asked", "2025-03-05");
        log(carl, "email", "asked", "2025-03-10");
        log(nora, "message", "gave", "2025-01-10");
        log(alma, "dinner", "mutual", "2024-09-01");
        log(sam, "message", "gave", "2025-01-05");
        log(bea, "coffee", "mutual", "2025-03-14");
        log(yuri, "call", "received", "2025-03-12");
        log(lea, "call", "gave", "2025-02-18");
        for (String day : List.of("2023-12-05", "2024-01-05", "2024-02-05", "2024-03-05", "2024-04-05", "2024-05-05",
                "2024-06-05", "2024-12-01", "2025-05-16")) {
            log(dana, "coffee", "gave", day);
        }
        for (String day : List.of("2025-06-01", "2025-06-10", "2025-06-20")) {
            log(dana, "email", "asked", day);
        }
        log(petra, "meeting", "mutual", "2025-02-01");
        log(petra, "setback", "neutral", "2025-02-20");
        interactions.log(account, new InteractionChanges(List.of(olga, nate), "event", "neutral", "2025-02-02", null));

        school("self", "MIT", "2008", "2012");
        school(olga, "MIT", "2010", "2014");
        school(pavel, "MIT", "2015", "2019");
        organizations.addAffiliation(account, new AffiliationChanges("self", null, "Acme", "company", null, null,
                "2013", "2016"));
        organizations.addAffiliation(account, new AffiliationChanges(olga, null, "Acme", "company", null, null,
                "2015", null));
        people.update(account, people.selfId(account), tags("climbing", "jazz"));
        people.update(account, olga, tags("Climbing", "chess"));

        connect("self", inna, "knows", 5);
        connect(olga, inna, "knows", 4);
        connect(inna, ben, "colleague", 5);
        connect(ben, tara, "knows", 4);
        connect(alma, tara, "knows", 5);
        connect(sam, tara, "knows", 5);
        context.getBean(BridgeService.class).strain(account, sam,
                new BridgeChanges("I missed his wedding", "2025-03-20", "send a short, honest note", null));
    }

    private String person(String name, String circle, String birthday) {
        return people.create(account, PersonChanges.builder().name(name).birthday(birthday).circle(circle).build()).id();
    }

    private static PersonChanges tags(String... tags) {
        return PersonChanges.builder().tags(List.of(tags)).build();
    }

    void log(String person, String kind, String direction, String date) {
        interactions.log(account, new InteractionChanges(List.of(person), kind, direction, date, null));
    }

    private void school(String person, String name, String from, String to) {
        organizations.addAffiliation(account, new AffiliationChanges(person, null, name, "school", null, null, from,
                to));
    }

    private void connect(String a, String b, String kind, int strength) {
        connections.connect(account, new ConnectionChanges(a, b, kind, strength, null));
    }
}
