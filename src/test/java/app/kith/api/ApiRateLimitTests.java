package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.accounts.AccountService;
import app.kith.accounts.TokenService;
import app.kith.shared.AccountId;
import app.kith.testing.MovableClock;
import app.kith.testing.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's rate limits over real HTTP, set small through the operator's variables, on a clock that
 * stands still unless a test moves it. The tests stand in for a trusted proxy to call from several
 * client addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"KITH_API_RATE_PER_TOKEN=5", "KITH_API_RATE_PER_ADDRESS=3", "KITH_TRUSTED_PROXIES=127.0.0.1"})
@Import(ApiRateLimitTests.StillClock.class)
class ApiRateLimitTests {
    private static final Path DATA = TestDatabases.tempDir();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    TokenService tokens;
    @Autowired
    MovableClock clock;

    @TestConfiguration
    static class StillClock {
        @Bean
        @Primary
        MovableClock stillClock() {
            return new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("kith.data", DATA::toString);
        registry.add("kith.db.url", () -> "");
    }

    @Test
    void aTokenOverItsLimitIsAnswered429WithRetryAfterWhileAnotherTokenIsNot() throws Exception {
        AccountId account = newAccount();
        String busy = tokens.create(account, "busy script").secret();
        String other = tokens.create(account, "other script").secret();
        for (int i = 0; i < 5; i++) {
            assertThat(get(busy, "203.0.113.1").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = get(busy, "203.0.113.1");

        JsonNode problem = tooManyRequests(refused, "12");
        assertThat(problem.get("detail").asString()).contains("this token", "5 a minute", "12 s");
        assertThat(refused.body()).doesNotContain(busy);
        assertThat(get(other, "203.0.113.1").statusCode()).as("another token").isEqualTo(200);
        clock.advance(Duration.ofSeconds(11));
        assertThat(get(busy, "203.0.113.1").statusCode()).as("a second early").isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(get(busy, "203.0.113.1").statusCode()).as("when Retry-After said").isEqualTo(200);
    }

    @Test
    void badTokensFromOneAddressAre429AfterTheLimitWithoutLookingUpTokens() throws Exception {
        AccountId account = newAccount();
        String valid = tokens.create(account, "from the same address").secret();
        for (int i = 0; i < 3; i++) {
            assertThat(get("kith_guess" + i, "198.51.100.7").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = get("kith_guess", "198.51.100.7");
        HttpResponse<String> validFromThere = get(valid, "198.51.100.7");

        assertThat(tooManyRequests(refused, "20").get("detail").asString())
                .contains("without a valid token", "3 a minute");
        tooManyRequests(validFromThere, "20");
        assertThat(tokens.list(account).getFirst().lastUsedAt()).as("the token was not even looked up").isNull();
        assertThat(get(null, "198.51.100.7").statusCode()).as("nor is a request without one").isEqualTo(429);
        assertThat(get("kith_guess", "198.51.100.8").statusCode()).as("another address").isEqualTo(401);
        clock.advance(Duration.ofSeconds(20));
        assertThat(get(valid, "198.51.100.7").statusCode()).isEqualTo(200);
    }

    @Test
    void validTokensNeverUseTheirAddresssBudget() throws Exception {
        String token = tokens.create(newAccount(), "script").secret();

        IntStream.range(0, 5).forEach(i -> assertThat(send(token, "192.0.2.1").statusCode()).isEqualTo(200));

        assertThat(get("kith_wrong", "192.0.2.1").statusCode()).isEqualTo(401);
    }

    @Test
    void aLimitIsANumberOfRequestsAMinuteAndZeroTurnsItOff() {
        ApiRateLimits off = new ApiRateLimits("0", " 0 ", clock);
        IntStream.range(0, 10_000).forEach(i -> {
            off.takeForToken("hash");
            off.addressFailed("192.0.2.9");
        });
        off.checkAddress("192.0.2.9");

        assertThatThrownBy(() -> new ApiRateLimits("600", "sixty", clock)).isInstanceOf(IllegalStateException.class)
                .hasMessage("KITH_API_RATE_PER_ADDRESS: 'sixty' is not a number of requests a minute"
                        + " (0 turns the limit off)");
        assertThatThrownBy(() -> new ApiRateLimits("-1", "60", clock)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("KITH_API_RATE_PER_TOKEN: '-1'");
    }

    private AccountId newAccount() {
        return accounts.create("limits-" + UUID.randomUUID() + "@example.com", "Owner", null).id();
    }

    private static JsonNode tooManyRequests(HttpResponse<String> response, String retryAfter) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).contains(retryAfter);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asString()).isEqualTo("Too Many Requests");
        return problem;
    }

    private HttpResponse<String> send(String token, String address) {
        try {
            return get(token, address);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET /api/v1/people with this token (or none) from this client address, through the test's "proxy". */
    private HttpResponse<String> get(String token, String address) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/people"))
                .header("X-Forwarded-For", address);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
