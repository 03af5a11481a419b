package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.accounts.ApiToken;
import app.kith.accounts.TokenService;
import app.kith.calendar.CalendarFeed;
import app.kith.calendar.CalendarService;
import app.kith.calendar.Event;
import app.kith.calendar.EventChanges;
import app.kith.conferences.ConferencePage;
import app.kith.conferences.ConferenceService;
import app.kith.conferences.SeriesChanges;
import app.kith.digest.DigestService;
import app.kith.digest.DigestSettings;
import app.kith.digest.DigestSettingsChanges;
import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.directory.PersonProfile;
import app.kith.insights.CadenceService;
import app.kith.insights.CircleCadence;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionKind;
import app.kith.interactions.InteractionService;
import app.kith.notecards.NoteCard;
import app.kith.notecards.NoteCardChanges;
import app.kith.notecards.NoteCardService;
import app.kith.organizations.Organization;
import app.kith.organizations.OrganizationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.people.Tag;
import app.kith.people.TagService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.sources.Capture;
import app.kith.sources.Captures;
import app.kith.sources.Correspondent;
import app.kith.sources.Source;
import app.kith.sources.SourceChanges;
import app.kith.sources.SourceService;
import app.kith.sources.Suggestion;
import app.kith.sources.SuggestionService;
import app.kith.testing.RoutePatterns;
import app.kith.testing.TestDatabases;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every web page and form action, as the application maps them (not a hand-kept list), called by
 * a signed-in account B with account A's ids, with a valid CSRF token of B's own session: each route
 * that names a resource answers 404 or 403, no answer shows A's names or ids, and A's data is exactly
 * as it was. A new route is covered without touching this test; a path variable it cannot fill fails
 * it until the variable's resource is added to {@code seed()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebTenantIsolationTests {
    private static final Path DATA = TestDatabases.tempDir();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "a long enough password";
    /** How another account could name Ada without her id: a share of her LinkedIn profile. */
    private static final String ADA_LINKEDIN = "https://www.linkedin.com/in/ada-private";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;
    @Autowired
    TagService tags;

    @Autowired
    DirectoryService directory;

    @Autowired
    InteractionService interactions;

    @Autowired
    OrganizationService organizations;

    @Autowired
    TokenService tokens;

    @Autowired
    CadenceService cadences;

    @Autowired
    CalendarService calendar;

    @Autowired
    ConferenceService conferences;

    @Autowired
    NoteCardService cards;

    @Autowired
    CalendarFeed feed;

    @Autowired
    DigestService digests;

    @Autowired
    SourceService sources;

    @Autowired
    SuggestionService suggestions;

    @Autowired
    Captures captures;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("kith.data", DATA::toString);
        registry.add("kith.db.url", () -> "");
    }

    record Route(RequestMethod method, String pattern) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** A's data as the services read it, before and after B's calls. */
    record Snapshot(List<PersonProfile> profiles, List<Interaction> interactions, List<Tag> tags,
                    List<Organization> organizations, List<ApiToken> tokens, List<CircleCadence> cadences,
                    List<Event> events, List<ConferencePage> conferences, List<NoteCard> cards,
                    Optional<Instant> feedSince, DigestSettings digest, List<Source> sources,
                    List<Suggestion> suggestions) {
    }

    @Test
    void anotherAccountsIdsAreNotFoundOnEveryPageAndNothingOfItChanges() throws Exception {
        AccountId a = accounts.create("a-" + UUID.randomUUID() + "@example.com", "Alice Owner", PASSWORD).id();
        String emailB = "b-" + UUID.randomUUID() + "@example.com";
        accounts.create(emailB, "Bob Other", PASSWORD);
        Map<String, String> idsOfA = seed(a);
        Snapshot before = snapshot(a);
        Session b = signIn(emailB);
        List<String> failures = new ArrayList<>();
        int withVariables = 0;

        for (Route route : webRoutes()) {
            boolean namesAResource = RoutePatterns.VARIABLE.matcher(route.pattern()).find();
            withVariables += namesAResource ? 1 : 0;
            // The network and graph pages name their person in the query, as the API's paths route does; a day's page
            // names the day A's events are on; a share names A's person by her LinkedIn profile.
            String query = switch (route.pattern()) {
                case "/network" -> "?to=" + idsOfA.get("people");
                case "/graph" -> "?to=" + idsOfA.get("people") + "&focus=" + idsOfA.get("people");
                case SharePage.PATH -> "?url=" + URLEncoder.encode(ADA_LINKEDIN, StandardCharsets.UTF_8);
                case "/calendar/day" -> "?date=" + LocalDate.now();
                default -> "";
            };
            String path = RoutePatterns.fill(route.pattern(), idsOfA) + query;
            HttpResponse<String> answer = b.send(route.method(), path, idsOfA);
            String call = route + " as another account";
            namesAResource |= path.contains("?to=");
            if (answer.statusCode() >= 500) {
                failures.add(call + " failed on the server: " + answer.statusCode());
            } else if (namesAResource && answer.statusCode() != 404 && answer.statusCode() != 403) {
                failures.add(call + " answered " + answer.statusCode() + " instead of 404");
            } else if (answer.body().contains("Ada Private") || answer.body().contains("private.example")
                    || answer.statusCode() < 300
                    && idsOfA.values().stream().anyMatch(answer.body()::contains)) {
                failures.add(call + " showed the other account's data");
            }
        }

        assertThat(failures).isEmpty();
        assertThat(withVariables).as("routes naming a resource were found and called").isGreaterThanOrEqualTo(8);
        assertThat(snapshot(a)).isEqualTo(before);
    }

    private List<Route> webRoutes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().equals(getClass().getPackageName())) {
                continue;
            }
            Set<RequestMethod> declared = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                (declared.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : declared)
                        .forEach(m -> routes.add(new Route(m, pattern)));
            }
        }
        assertThat(routes).isNotEmpty();
        return routes;
    }

    private Map<String, String> seed(AccountId a) {
        String ada = people.create(a, PersonChanges.builder().name("Ada Private").urls(List.of(ADA_LINKEDIN))
                .build()).id();
        String bob = people.create(a, PersonChanges.named("Bob Private")).id();
        tags.tagAll(a, List.of(ada), "secret");
        interactions.log(a, new InteractionChanges(List.of(ada, bob), "dinner", "gave", null, "private dinner"));
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("people", ada);
        ids.put("touch", bob);
        ids.put("organizations", organizations.create(a, new OrganizationChanges("Private School", "school", null,
                null)).id());
        ids.put("tokens", tokens.create(a, "private").id());
        cadences.set(a, "close", 21, null);
        ids.put("events", calendar.create(a, EventChanges.of("achievement", LocalDate.now().toString(),
                "Ada's private award", List.of(ada))).id());
        ids.put("repeating", calendar.create(a, new EventChanges("reminder", "Ada's private daily call",
                LocalDate.now().minusDays(3).toString(), null, null, null, null, null, List.of(ada), null, null, null,
                "daily", 1, null, null)).id());
        ids.put("conferences", conferences.create(a, new SeriesChanges("Private Conf", null, 9, null)).id());
        conferences.attend(a, ids.get("conferences"), LocalDate.now().getYear(), List.of(ada), "going");
        ids.put("cards", cards.add(a, new NoteCardChanges(ada, "Private thanks", null, "private draft", null)).id());
        feed.rotate(a);
        digests.update(a, new DigestSettingsChanges(true, "daily", null, 6, "Etc/GMT+12", true,
                "https://93.184.215.14/private-hook"));
        ids.put("sources", sources.create(a, SourceChanges.imap("imap.private.example", null, null,
                "ada@private.example", "a private password", null)).id());
        captures.record(a, ids.get("sources"), List.of(new Capture("private-message", "private-thread",
                LocalDate.now(), InteractionKind.EMAIL, true, List.of(new Correspondent("lea@private.example",
                        "Lea Private")), null)));
        ids.put("suggestions", suggestions.open(a, Page.Request.of(0, 5)).items().getFirst().id());
        // A token that names A's account but is not signed by this server: a forged unsubscribe link.
        ids.put("unsubscribe", a.value() + ".99999." + "forged-signature");
        return ids;
    }

    private Snapshot snapshot(AccountId account) {
        var all = Page.Request.of(0, Page.MAX_SIZE);
        List<PersonProfile> profiles = directory.list(account, DirectoryFilter.everyone(), all).items().stream()
                .map(c -> directory.profile(account, c.id())).toList();
        String ada = profiles.stream().filter(p -> p.person().name().equals("Ada Private")).findFirst()
                .orElseThrow().person().id();
        return new Snapshot(profiles, interactions.list(account, InteractionFilter.all(), all).items(),
                tags.all(account), organizations.list(account, null, null, all).items(), tokens.list(account),
                cadences.cadences(account), calendar.eventsOf(account, ada),
                conferences.list(account).stream().map(c -> conferences.page(account, c.id())).toList(),
                cards.list(account, null), feed.since(account), digests.settings(account), sources.list(account),
                suggestions.open(account, all).items());
    }

    /** Signs in through the form, as a browser does, and keeps the session cookie. */
    private Session signIn(String email) throws IOException, InterruptedException {
        Session session = new Session(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
        session.csrf = session.token("/login");
        HttpResponse<String> login = session.post("/login",
                Map.of("username", email, "password", PASSWORD, "_csrf", session.csrf));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        session.csrf = session.token("/");
        return session;
    }

    private final class Session {
        final HttpClient http;
        String csrf;

        Session(HttpClient http) {
            this.http = http;
        }

        String token(String page) throws IOException, InterruptedException {
            String html = http.send(HttpRequest.newBuilder(uri(page)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = CSRF.matcher(html);
            if (!m.find()) {
                Matcher form = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
                assertThat(form.find()).as("a CSRF token on " + page).isTrue();
                return form.group(1);
            }
            return m.group(1);
        }

        /** The route called with a form that points at A's data wherever a form takes an id. */
        HttpResponse<String> send(RequestMethod method, String path, Map<String, String> ids)
                throws IOException, InterruptedException {
            if (method == RequestMethod.GET) {
                return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", csrf);
            form.put("ids", ids.get("people"));
            form.put("participants", ids.get("people"));
            form.put("other", ids.get("touch"));
            form.put("action", "delete");
            form.put("confirmed", "true");
            form.put("name", "Mallory");
            form.put("kind", "coffee");
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method.name(), HttpRequest.BodyPublishers.ofString(encode(form))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private static String encode(Map<String, String> form) {
            return form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                    StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }
}
