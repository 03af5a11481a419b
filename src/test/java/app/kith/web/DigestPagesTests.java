package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.digest.DigestSender;
import app.kith.digest.DigestService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The digest's pages for a signed-in user, over real HTTP: Today's first question, the settings page
 * with its test send (the server has no mail server, and says so), the failures Today shows, and the
 * "Log a touch" link's confirm page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DigestPagesTests {
    private static final Path DATA = TestDatabases.tempDir();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    PeopleService people;
    @Autowired
    InteractionService interactions;
    @Autowired
    DigestService digests;
    @Autowired
    DigestSender sender;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("kith.data", DATA::toString);
        registry.add("kith.db.url", () -> "");
    }

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrf;

    private AccountId signIn() throws Exception {
        String email = "pages-" + UUID.randomUUID() + "@example.com";
        AccountId account = accounts.create(email, "Page Owner", PASSWORD).id();
        csrf = token(get("/login").body());
        HttpResponse<String> login = post("/login", Map.of("username", email, "password", PASSWORD));
        assertThat(login.statusCode()).isEqualTo(302);
        csrf = token(get("/").body());
        return account;
    }

    @Test
    void todayAsksOnceAndYesTurnsOnAMondayDigestInTheBrowsersZone() throws Exception {
        AccountId me = signIn();

        assertThat(get("/").body()).contains("Get this by email?", "data-browser-zone");
        HttpResponse<String> yes = post("/settings/digest/answer", Map.of("answer", "yes", "zone", "America/Halifax"));

        assertThat(yes.statusCode()).isEqualTo(302);
        assertThat(digests.settings(me)).satisfies(s -> {
            assertThat(s.enabled()).isTrue();
            assertThat(s.zone()).isEqualTo("America/Halifax");
            assertThat(s.day()).isEqualTo("monday");
            assertThat(s.hour()).isEqualTo(8);
        });
        String today = get("/").body();
        assertThat(today).doesNotContain("Get this by email?");
        assertThat(today).as("the digest is on, but this server has no mail server")
                .contains("Your digest is on, but it cannot go by email", "KITH_SMTP_URL");
    }

    @Test
    void theSettingsPageSavesChecksAndTestSendsShowingTheAnswer() throws Exception {
        AccountId me = signIn();

        assertThat(get("/settings/digest").body()).contains("When and where", "Test send", "KITH_BASE_URL");
        HttpResponse<String> saved = post("/settings/digest", Map.of("enabled", "true", "frequency", "weekdays",
                "day", "monday", "hour", "6", "zone", "Asia/Kolkata", "email", "true", "webhookUrl", ""));
        HttpResponse<String> bad = post("/settings/digest", Map.of("enabled", "true", "frequency", "weekdays",
                "hour", "6", "zone", "Atlantis/Capital", "email", "true"));
        HttpResponse<String> test = post("/settings/digest/test", Map.of("channel", "email"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("zone: &#39;Atlantis/Capital&#39; is not a time zone");
        assertThat(digests.settings(me).zone()).isEqualTo("Asia/Kolkata");
        assertThat(test.statusCode()).isEqualTo(200);
        assertThat(test.body()).contains("Not sent by email:", "KITH_SMTP_URL");
    }

    @Test
    void theLogATouchLinkAsksFirstAndOnlyThePostLogs() throws Exception {
        AccountId me = signIn();
        String ada = people.create(me, PersonChanges.named("Ada <b>Bold</b>")).id();

        HttpResponse<String> confirm = get("/log/touch/" + ada);

        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Record that you reached out to <strong>Ada &lt;b&gt;Bold&lt;/b&gt;</strong>");
        assertThat(logged(me)).isZero();
        assertThat(post("/log/touch/" + ada, Map.of()).statusCode()).isEqualTo(302);
        assertThat(logged(me)).isEqualTo(1);
    }

    @Test
    void aDigestThatCouldNotBeSentShowsOnTodayInTheServersWords() throws Exception {
        AccountId me = signIn();
        String friend = people.create(me, PersonChanges.builder().name("Fay Failed").circle("inner").build()).id();
        interactions.log(me, new InteractionChanges(List.of(friend), "coffee", "gave", "2025-01-01", null));
        post("/settings/digest/answer", Map.of("answer", "no", "zone", "UTC"));

        post("/settings/digest/test", Map.of("channel", "email"));
        assertThat(get("/").body()).as("a test send is not a digest").doesNotContain("could not be sent");
        sender.send(me, null, false);

        assertThat(get("/").body()).contains("Your digest of " + java.time.format.DateTimeFormatter
                .ofPattern("EEEE d MMMM", java.util.Locale.ENGLISH).format(digests.today(me))
                + " could not be sent by email: this server has no mail server");
    }

    private long logged(AccountId account) {
        return interactions.list(account, InteractionFilter.all(), Page.Request.of(0, 10)).total();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = java.util.stream.Stream.concat(form.entrySet().stream(), Map.of("_csrf", csrf).entrySet().stream())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        if (m.find()) {
            return m.group(1);
        }
        Matcher form = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(form.find()).as("a CSRF token").isTrue();
        return form.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
