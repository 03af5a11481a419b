package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.ApiToken;
import app.kith.connections.Connection;
import app.kith.connections.ConnectionService;
import app.kith.digest.Delivery;
import app.kith.digest.DigestService;
import app.kith.digest.DigestSettings;
import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.directory.PersonCard;
import app.kith.insights.Bridge;
import app.kith.insights.BridgeService;
import app.kith.insights.CadenceService;
import app.kith.insights.CircleCadence;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionKind;
import app.kith.interactions.InteractionService;
import app.kith.organizations.Affiliation;
import app.kith.organizations.Organization;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.people.TagService;
import app.kith.people.Person;
import app.kith.people.Tag;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.sources.Capture;
import app.kith.sources.Captures;
import app.kith.sources.Correspondent;
import app.kith.sources.Source;
import app.kith.sources.SourceService;
import app.kith.sources.Suggestion;
import app.kith.sources.SuggestionService;
import app.kith.testing.RoutePatterns;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API route, as the application itself maps them (not a hand-kept list), called by account B
 * with account A's ids: each route that names a resource answers 404, no answer shows any of A's
 * ids, and A's data is exactly as it was. A new route is covered without touching this test; a route
 * whose path variable it cannot fill makes it fail until the variable's resource is added below.
 */
class TenantIsolationTests extends ApiTestSupport {
    /**
     * Collections whose path variable names something every account has its own of (a circle), not
     * one account's data: such a route answers the caller about their own settings, and must still
     * leave the other account's exactly as they were.
     */
    private static final Set<String> EVERY_ACCOUNT_HAS = Set.of("cadences", "import", "export");
    private static final List<RequestMethod> EVERY_METHOD =
            List.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    PeopleService people;
    @Autowired
    TagService tags;

    @Autowired
    DirectoryService directory;

    @Autowired
    OrganizationService organizations;

    @Autowired
    InteractionService interactions;

    @Autowired
    ConnectionService connections;

    @Autowired
    CadenceService cadences;

    @Autowired
    BridgeService bridges;

    @Autowired
    DigestService digests;

    @Autowired
    SourceService sources;

    @Autowired
    SuggestionService suggestions;

    @Autowired
    Captures captures;

    /** A's data, read through the services, to compare before and after B's calls. */
    record Snapshot(List<PersonCard> cards, List<Person> people, List<Affiliation> affiliations,
                    List<Organization> organizations, List<Interaction> interactions, List<Connection> connections,
                    List<Tag> tags, List<ApiToken> tokens, List<CircleCadence> cadences, List<Bridge> bridges,
                    DigestSettings digest, List<Delivery> deliveries, List<Source> sources,
                    List<Suggestion> suggestions) {

        Set<String> ids() {
            Set<String> ids = new TreeSet<>();
            people.forEach(p -> ids.add(p.id()));
            affiliations.forEach(a -> ids.add(a.id()));
            organizations.forEach(o -> ids.add(o.id()));
            interactions.forEach(i -> ids.add(i.id()));
            connections.forEach(c -> ids.add(c.id()));
            tags.forEach(t -> ids.add(t.id()));
            tokens.forEach(t -> ids.add(t.id()));
            sources.forEach(s -> ids.add(s.id()));
            suggestions.forEach(s -> ids.add(s.id()));
            return ids;
        }
    }

    /** One route and method, with what it takes. */
    record Route(RequestMethod method, String pattern, HandlerMethod handler) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    void anotherAccountsIdsAreNotFoundOnEveryRouteAndNothingOfItChanges() {
        Caller a = newCaller();
        Caller b = newCaller();
        Map<String, String> idsOfA = seed(a);
        Snapshot before = snapshot(a.account());
        Set<String> everyIdOfA = before.ids();
        everyIdOfA.add(a.account().value());
        List<String> failures = new ArrayList<>();
        int withVariables = 0;

        for (Route route : apiRoutes()) {
            String path = RoutePatterns.fill(route.pattern(), idsOfA);
            Object body = body(route.handler(), idsOfA);
            boolean namesAResource = RoutePatterns.VARIABLE.matcher(route.pattern()).results()
                    .anyMatch(variable -> !EVERY_ACCOUNT_HAS.contains(variable.group(1)));
            withVariables += namesAResource ? 1 : 0;
            for (String query : queries(route, idsOfA)) {
                Answer answer = send(b, route.method().name(), path + query, body);
                String call = route + query + " as another account";
                if (answer.status() >= 500) {
                    failures.add(call + " failed on the server: " + answer);
                } else if (namesAResource && answer.status() != 404 && answer.status() != 403) {
                    failures.add(call + " answered " + answer + " instead of 404");
                } else if (answer.status() < 300 && everyIdOfA.stream().anyMatch(answer.body()::contains)) {
                    failures.add(call + " showed the other account's data: " + answer);
                } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                    failures.add(call + " answered an error that is not a problem: " + answer);
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(withVariables).as("routes naming a resource were found and called").isGreaterThan(15);
        assertThat(snapshot(a.account())).isEqualTo(before);
    }

    /** Every route under /api the application maps, one per method it accepts. */
    private List<Route> apiRoutes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            Set<RequestMethod> declared = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                if (!handler.getBeanType().getPackageName().equals(ApiTestSupport.class.getPackageName())) {
                    // The OpenAPI document describes the API; it holds no account's data.
                    assertThat(handler.getBeanType().getPackageName()).as(pattern).startsWith("org.springdoc");
                    continue;
                }
                (declared.isEmpty() ? EVERY_METHOD : declared).forEach(m -> routes.add(new Route(m, pattern, handler)));
            }
        }
        assertThat(routes).isNotEmpty();
        return routes;
    }

    /** A's data of every kind a path variable can name, keyed by the collection the variable follows. */
    private Map<String, String> seed(Caller a) {
        String ada = person(a, Map.of("name", "Ada Private", "emails", List.of("ada@private.example"),
                "tags", List.of("secret"), "affiliations", List.of(Map.of("organization", "Private Co"))));
        String bob = person(a, Map.of("name", "Bob Private"));
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("people", ada);
        ids.put("people:other", bob);
        ids.put("organizations", post(a, "/api/v1/organizations", Map.of("name", "Private School", "kind", "school"))
                .json().get("id").asString());
        ids.put("affiliations", get(a, "/api/v1/people/" + ada + "/affiliations").json().get("items").get(0)
                .get("id").asString());
        ids.put("interactions", post(a, "/api/v1/interactions", Map.of("participants", List.of(ada, bob),
                "kind", "dinner", "notes", "private")).json().get("id").asString());
        ids.put("connections", post(a, "/api/v1/connections", Map.of("personA", ada, "personB", bob))
                .json().get("id").asString());
        ids.put("tags", get(a, "/api/v1/tags").json().get("items").get(0).get("id").asString());
        ids.put("tokens", post(a, "/api/v1/tokens", Map.of("name", "private")).json().get("id").asString());
        ids.put("cadences", "close");
        ids.put("events", post(a, "/api/v1/events", Map.of("kind", "invitation", "date", "2030-05-01",
                "title", "Private party", "invitedBy", ada)).json().get("id").asString());
        ids.put("conferences", post(a, "/api/v1/conferences", Map.of("name", "Private Conf")).json().get("id")
                .asString());
        assertThat(post(a, "/api/v1/conferences/" + ids.get("conferences") + "/attendance",
                Map.of("year", 2030, "people", List.of(ada))).status()).isEqualTo(200);
        ids.put("note-cards", post(a, "/api/v1/note-cards", Map.of("personId", ada, "occasion", "private thanks"))
                .json().get("id").asString());
        ids.put("import", "vcard");
        ids.put("export", "json");
        assertThat(patch(a, "/api/v1/settings/cadences/close", Map.of("days", 21)).status()).isEqualTo(200);
        assertThat(post(a, "/api/v1/people/" + bob + "/bridge/strain", Map.of("whatHappened", "a private quarrel",
                "coolingOffUntil", "2030-01-01")).status()).isEqualTo(200);
        assertThat(send(a, "PUT", "/api/v1/settings/digest", Map.of("enabled", true, "zone", "Pacific/Kiritimati",
                "webhookUrl", "https://93.184.215.14/private-hook")).status()).isEqualTo(200);
        assertThat(post(a, "/api/v1/digest/send", Map.of()).status()).as("a delivery in A's log").isEqualTo(200);
        ids.put("sources", post(a, "/api/v1/sources", Map.of("kind", "imap", "host", "imap.private.example",
                "user", "ada@private.example", "password", "a private password")).json().get("id").asString());
        captures.record(a.account(), ids.get("sources"), List.of(new Capture("private-message", "private-thread",
                LocalDate.of(2026, 3, 2), InteractionKind.EMAIL, true,
                List.of(new Correspondent("lea@private.example", "Lea Private")), null)));
        ids.put("suggestions", suggestions.open(a.account(), Page.Request.of(0, 5)).items().getFirst().id());
        return ids;
    }

    /** The query strings to try: none, and each id-like filter set to A's id. */
    private static List<String> queries(Route route, Map<String, String> ids) {
        List<String> queries = new ArrayList<>(List.of(""));
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
            String id = switch (name) {
                case "person" -> ids.get("people");
                case "organization" -> ids.get("organizations");
                case "to" -> ids.get("people");
                default -> null;
            };
            if (id != null) {
                queries.add("?" + name + "=" + id);
            }
        }
        return queries;
    }

    /** A plausible JSON body for the route's request record, pointing at A's data wherever it takes an id. */
    private static Object body(HandlerMethod handler, Map<String, String> ids) {
        return Stream.of(handler.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(RequestBody.class))
                .findFirst()
                .map(p -> record(p.getParameterType(), ids))
                .orElse(null);
    }

    private static Map<String, Object> record(Class<?> type, Map<String, String> ids) {
        assertThat(type.isRecord()).as(type + " is a record (no mass assignment)").isTrue();
        Map<String, Object> body = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                body.putAll(record(component.getType(), ids));
            } else {
                body.put(component.getName(), value(component.getName(), component.getGenericType(), ids));
            }
        }
        return body;
    }

    private static Object value(String name, Type type, Map<String, String> ids) {
        if (type == String.class) {
            return switch (name) {
                case "personA", "personId", "person" -> ids.get("people");
                case "personB" -> ids.get("people:other");
                case "organizationId" -> ids.get("organizations");
                case "date", "start", "end", "coolingOffUntil", "firstStepBy" -> "2020-01-01";
                default -> "Mallory";
            };
        }
        if (type == Integer.class || type == int.class) {
            return 3;
        }
        if (type == Boolean.class || type == boolean.class) {
            return true;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            return element == String.class ? List.of(ids.get("people"), ids.get("people:other")) : List.of();
        }
        return null;
    }

    private Snapshot snapshot(AccountId account) {
        Page.Request all = Page.Request.of(0, Page.MAX_SIZE);
        List<PersonCard> cards = directory.list(account, DirectoryFilter.everyone(), all).items();
        List<Person> persons = cards.stream().map(c -> people.get(account, c.id())).toList();
        List<Affiliation> affiliations = cards.stream()
                .flatMap(c -> organizations.affiliationsOf(account, c.id()).stream()).toList();
        return new Snapshot(cards, persons, affiliations, organizations.list(account, null, null, all).items(),
                interactions.list(account, InteractionFilter.all(), all).items(),
                connections.list(account, null, all).items(), tags.all(account), tokens.list(account),
                cadences.cadences(account), cards.stream().filter(c -> !c.self())
                        .map(c -> bridges.bridge(account, c.id())).toList(), digests.settings(account),
                digests.deliveries(account, all).items(), sources.list(account),
                suggestions.open(account, all).items());
    }
}
