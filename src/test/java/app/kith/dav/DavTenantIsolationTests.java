package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.calendar.CalendarService;
import app.kith.calendar.Event;
import app.kith.calendar.EventChanges;
import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.testing.RoutePatterns;
import app.kith.testing.TestDatabases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every DAV route, as the application maps them (not a hand-kept list), called with every method a
 * client may send by account B, signed in with its own app password, at account A's paths and hrefs,
 * on SQLite and PostgreSQL: each answers 404, no answer shows anything of A's, and A's people, cards
 * and events are exactly as they were. A new DAV route is covered without touching this test; one
 * whose path variable it cannot fill makes it fail until the variable's resource is added below.
 * (The API's and the web's routes have their own such tests: TenantIsolationTests, WebTenantIsolationTests.)
 */
class DavTenantIsolationTests {
    private static final List<String> METHODS = List.of("OPTIONS", "GET", "HEAD", "PROPFIND", "PROPPATCH", "REPORT",
            "PUT", "DELETE", "POST", "MKCOL", "MKCALENDAR", "MOVE", "COPY");

    /** A's data as read through the services and the sync state, before and after B's calls. */
    record Snapshot(List<Person> people, List<CardRow> cards, List<Event> events) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void anotherAccountsDavPathsAreNotFoundWithEveryMethodAndNothingOfThemChanges(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient a = server.newUser();
        DavClient b = server.newUser();
        assertThat(a.put("ada-private.vcf", CardDavProtocolTests.ADA).status()).isEqualTo(201);
        Person bob = server.bean(PeopleService.class).create(a.account, PersonChanges.builder().name("Bob Private")
                .birthday("1970-02-03").build());
        Event dinner = server.bean(CalendarService.class).create(a.account,
                EventChanges.of("dinner", "2030-05-01", "Private dinner", List.of(bob.id())));
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("principals", a.email);
        ids.put("addressbooks", a.email);
        ids.put("calendars", a.email);
        ids.put("contacts", "ada-private.vcf");
        ids.put("events", dinner.id() + ".ics");
        ids.put("birthdays", bob.id() + ".ics");
        Snapshot before = snapshot(server, a);
        Set<String> secrets = new TreeSet<>(List.of(a.email, a.account.value(), bob.id(), dinner.id(), "Ada Lovelace",
                "Bob Private", "Private dinner", "ada-from-phone"));
        List<String> failures = new ArrayList<>();
        int named = 0;

        for (String pattern : davRoutes(server)) {
            boolean namesAResource = RoutePatterns.VARIABLE.matcher(pattern).find() || pattern.endsWith("/**");
            String path = pattern.endsWith("/**") ? "/dav/addressbooks/" + a.email + "/contacts/"
                    : RoutePatterns.fill(pattern, ids);
            named += namesAResource ? 1 : 0;
            for (String method : METHODS) {
                DavClient.Answer answer = b.send(method, path, body(method, path), "Depth", "1",
                        "Content-Type", method.equals("PUT") ? "text/vcard" : "application/xml");
                String call = method + " " + pattern + " as another account";
                if (answer.status() >= 500) {
                    failures.add(call + " failed on the server: " + answer);
                } else if (namesAResource && answer.status() != 404) {
                    failures.add(call + " answered " + answer.status() + " instead of 404");
                } else if (secrets.stream().anyMatch(answer.body()::contains)) {
                    failures.add(call + " showed the other account's data: " + answer);
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(named).as("DAV routes naming a resource were found and called").isGreaterThanOrEqualTo(10);
        assertThat(snapshot(server, a)).isEqualTo(before);
    }

    /** Every path the DAV server maps, with what it takes: its handlers live in this package. */
    private static List<String> davRoutes(DavServers.Server server) {
        RequestMappingHandlerMapping mappings = server.context()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (entry.getValue().getBeanType().getPackageName().equals(DavTenantIsolationTests.class.getPackageName())) {
                routes.addAll(entry.getKey().getPatternValues());
            }
        }
        assertThat(routes).contains("/dav/addressbooks/{email}/contacts/{card}");
        return routes;
    }

    /** A body of the kind each method takes, naming A's resources where it names any. */
    private static String body(String method, String path) {
        return switch (method) {
            case "PROPFIND" -> "<d:propfind xmlns:d=\"DAV:\"><d:allprop/></d:propfind>";
            case "PROPPATCH" -> "<d:propertyupdate xmlns:d=\"DAV:\"><d:set><d:prop><d:displayname>Mallory"
                    + "</d:displayname></d:prop></d:set></d:propertyupdate>";
            case "REPORT" -> path.contains("/calendars/")
                    ? "<cal:calendar-query xmlns:d=\"DAV:\" xmlns:cal=\"urn:ietf:params:xml:ns:caldav\"><d:prop>"
                    + "<cal:calendar-data/></d:prop></cal:calendar-query>"
                    : "<d:sync-collection xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\"><d:sync-token/>"
                    + "<d:prop><d:getetag/><card:address-data/></d:prop></d:sync-collection>";
            case "PUT" -> "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada-from-phone\r\nFN:Mallory\r\nEND:VCARD\r\n";
            default -> null;
        };
    }

    private static Snapshot snapshot(DavServers.Server server, DavClient a) {
        PeopleService people = server.bean(PeopleService.class);
        List<Person> persons = people.getAll(a.account, people.keys(a.account).stream().map(k -> k.id()).toList());
        List<CardRow> cards = new ArrayList<>();
        server.bean(Cards.class).each(a.account, cards::add);
        cards.sort(java.util.Comparator.comparing(CardRow::href));
        return new Snapshot(persons, cards, server.bean(CalendarService.class).eventsOf(a.account,
                persons.stream().filter(p -> p.name().equals("Bob Private")).findFirst().orElseThrow().id()));
    }
}
