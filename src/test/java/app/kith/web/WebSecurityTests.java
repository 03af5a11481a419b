package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.storage.Database;
import app.kith.testing.TestDatabases;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The web app's hardening, over real HTTP with registration closed (the default). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityTests {
    private static final Path DATA = TestDatabases.tempDir();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "a long enough password";
    /** Failures of one email from one address that cost nothing (SignInService). */
    private static final int FREE_FAILURES = 5;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    Database database;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("kith.data", DATA::toString);
        registry.add("kith.db.url", () -> "");
        // The tests stand in for a proxy, to sign in from several client addresses.
        registry.add("kith.trusted-proxies", () -> "127.0.0.1");
    }

    @Test
    void theServerWorksOnNoMoreRequestsAtOnceThanThePoolHasConnections() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();

        assertThat(protocol.getMaxThreads()).isEqualTo(database.connections());
        assertThat(protocol.getMinSpareThreads()).isLessThanOrEqualTo(database.connections());
    }

    @Test
    void pagesCarryAPolicyThatForbidsInlineScriptAndFraming() throws Exception {
        HttpResponse<String> login = get(client(), "/login");

        assertThat(login.statusCode()).isEqualTo(200);
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.body()).doesNotContainPattern("<script>|<script [^>]*>[^<]|\\son[a-z]+=");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void signUpIsClosedOnceAnAccountExistsUnlessRegistrationIsOpen() throws Exception {
        accounts.create("first-" + UUID.randomUUID() + "@example.com", "First", PASSWORD);
        HttpClient browser = client();

        HttpResponse<String> form = get(browser, "/signup");
        HttpResponse<String> post = post(browser, "/signup", "email=late%40example.com&name=Late&password=" + PASSWORD
                + "&_csrf=" + token(get(browser, "/login").body()));

        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(accounts.byEmail("late@example.com")).isEmpty();
    }

    @Test
    void signInGetsANewSessionStoredInTheDatabaseAndOnlySameSiteRedirects() throws Exception {
        String email = "in-" + UUID.randomUUID() + "@example.com";
        accounts.create(email, "In", PASSWORD);
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String token = token(get(browser, "/login").body());
        String before = session(cookies);

        HttpResponse<String> signedIn = post(browser, "/login", "username=" + enc(email) + "&password=" + enc(PASSWORD)
                + "&_csrf=" + token);

        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).as("relative: never built from the Host header")
                .isEqualTo("/");
        assertThat(session(cookies)).isNotEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?")
                .param(accounts.byEmail(email).orElseThrow().id().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);
    }

    @Test
    void pageViewsWriteTheSessionOnlyOnceItsLastAccessIsAMinuteOld() throws Exception {
        String email = "quiet-" + UUID.randomUUID() + "@example.com";
        accounts.create(email, "Quiet", PASSWORD);
        String principal = accounts.byEmail(email).orElseThrow().id().value();
        HttpClient browser = client();
        post(browser, "/login", "username=" + enc(email) + "&password=" + enc(PASSWORD) + "&_csrf="
                + token(get(browser, "/login").body()));
        long signedIn = lastAccess(principal);

        for (int i = 0; i < 3; i++) {
            assertThat(get(browser, "/").statusCode()).isEqualTo(200);
        }
        assertThat(lastAccess(principal)).as("page views within the minute write nothing").isEqualTo(signedIn);

        long minuteAgo = signedIn - QuietSessions.TOUCH_EVERY.toMillis() - 1_000;
        jdbc.sql("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ? WHERE PRINCIPAL_NAME = ?").params(minuteAgo, principal)
                .update();
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);
        assertThat(lastAccess(principal)).as("a minute on, the page view moves it on").isGreaterThan(minuteAgo);
        assertThat(get(browser, "/settings").statusCode()).as("still signed in").isEqualTo(200);
    }

    private long lastAccess(String principal) {
        return jdbc.sql("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?").param(principal)
                .query(Long.class).single();
    }

    @Test
    void pagesOpenedTogetherRightAfterSignInAllSucceed() throws Exception {
        String email = "together-" + UUID.randomUUID() + "@example.com";
        accounts.create(email, "Together", PASSWORD);
        HttpClient browser = client();
        post(browser, "/login", "username=" + enc(email) + "&password=" + enc(PASSWORD) + "&_csrf="
                + token(get(browser, "/login").body()));

        List<CompletableFuture<HttpResponse<String>>> pages = IntStream.range(0, 16)
                .mapToObj(i -> browser.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .build(), HttpResponse.BodyHandlers.ofString())).toList();

        assertThat(pages).allSatisfy(page -> assertThat(page.join().statusCode()).isEqualTo(200));
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() throws Exception {
        String email = "same-" + UUID.randomUUID() + "@example.com";
        accounts.create(email, "Same", PASSWORD);

        String wrongPassword = failedSignIn(email, "wrong password");
        String unknownEmail = failedSignIn("nobody-" + email, PASSWORD);

        assertThat(wrongPassword).isEqualTo(unknownEmail).endsWith("/login?error");
    }

    @Test
    void guessingAtOneAccountIsThrottledEvenWithTheRightPasswordAndOthersStillSignIn() throws Exception {
        String target = "target-" + UUID.randomUUID() + "@example.com";
        String other = "other-" + UUID.randomUUID() + "@example.com";
        accounts.create(target, "Target", PASSWORD);
        accounts.create(other, "Other", PASSWORD);
        for (int i = 0; i < FREE_FAILURES; i++) {
            assertThat(failedSignIn(target, "guess " + i)).endsWith("/login?error");
        }

        assertThat(failedSignIn(target, PASSWORD)).as("no more checks from this address for now").endsWith("/login?wait");
        assertThat(failedSignIn(other, PASSWORD)).doesNotContain("login");
    }

    @Test
    void aBrowserThatSignedInBeforeGetsInWhileGuessesFromManyAddressesHoldBackNewOnes() throws Exception {
        String email = "device-" + UUID.randomUUID() + "@example.com";
        accounts.create(email, "Owner", PASSWORD);
        HttpClient owner = client();
        assertThat(location(signIn(owner, email, PASSWORD, "198.51.100.10", false))).doesNotContain("/login");

        for (int i = 0; i < 12; i++) {
            signIn(client(), email, "guess " + i, "203.0.113." + i, false);
        }

        assertThat(location(signIn(client(), email, PASSWORD, "198.51.100.11", false))).endsWith("/login?wait");
        assertThat(location(signIn(owner, email, PASSWORD, "198.51.100.12", false))).doesNotContain("/login");
    }

    @Test
    void theDeviceCookieIsRandomHttpOnlyForTheSignInFormAndSecureOverHttps() throws Exception {
        String email = "cookie-" + UUID.randomUUID() + "@example.com";
        accounts.create(email, "Owner", PASSWORD);

        String plain = deviceCookie(signIn(client(), email, PASSWORD, "198.51.100.20", false));
        String overHttps = deviceCookie(signIn(client(), email, PASSWORD, "198.51.100.21", true));

        assertThat(plain).matches("kith_device=[A-Za-z0-9_-]{43}; .*").contains("Path=/login", "HttpOnly",
                "SameSite=Lax", "Max-Age=31536000").doesNotContain("Secure");
        assertThat(overHttps).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(overHttps.substring(0, 55)).isNotEqualTo(plain.substring(0, 55));
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_devices WHERE device_hash = ?")
                .param(plain.substring("kith_device=".length(), plain.indexOf(';'))).query(Long.class).single())
                .as("only its hash is stored").isZero();
    }

    private static String deviceCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kith_device="))
                .findFirst().orElseThrow();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** Signs in through the form, as a browser behind the test's proxy at this address (over https, or not). */
    private HttpResponse<String> signIn(HttpClient browser, String email, String password, String address,
                                        boolean https) throws IOException, InterruptedException {
        String token = token(get(browser, "/login").body());
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address).header("X-Forwarded-Proto", https ? "https" : "http")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(email) + "&password=" + enc(password)
                        + "&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String failedSignIn(String email, String password) throws IOException, InterruptedException {
        HttpClient browser = client();
        String token = token(get(browser, "/login").body());
        return post(browser, "/login", "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + token)
                .headers().firstValue("Location").orElseThrow();
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient http, String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
