package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.accounts.TokenService;
import app.kith.shared.AccountId;
import app.kith.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on a random port with an SQLite file in a temporary data folder, called over
 * real HTTP. Every API test class extends this, so they all share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTestSupport {
    private static final Path DATA = TestDatabases.tempDir();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    TokenService tokens;

    /** The application's clock: "today" for requests that give no date. */
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("kith.data", DATA::toString);
        registry.add("kith.db.url", () -> "");
    }

    /** Someone calling the API: a new, empty account and a live token for it. */
    record Caller(AccountId account, String token) {
    }

    Caller newCaller() {
        AccountId account = accounts.create("api-" + UUID.randomUUID() + "@example.com", "Owner", null).id();
        return new Caller(account, tokens.create(account, "test").secret());
    }

    /** An HTTP answer, with its body read as JSON when there is one. */
    record Answer(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Answer get(Caller caller, String path) {
        return send(caller, "GET", path, null);
    }

    Answer post(Caller caller, String path, Object body) {
        return send(caller, "POST", path, body);
    }

    Answer patch(Caller caller, String path, Object body) {
        return send(caller, "PATCH", path, body);
    }

    Answer delete(Caller caller, String path) {
        return send(caller, "DELETE", path, null);
    }

    /** Sends a request; a body that is a String goes as it is (to send malformed JSON), anything else as JSON. */
    Answer send(Caller caller, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (caller != null) {
            request.header("Authorization", "Bearer " + caller.token());
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        return send(request.build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asserts the answer is an RFC 9457 problem with this status and a detail, and returns its JSON. */
    static JsonNode problem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "java.", "app.kith.");
        return problem;
    }

    /** Creates a person through the API and returns their id. */
    String person(Caller caller, Map<String, ?> fields) {
        Answer created = post(caller, "/api/v1/people", fields);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("person").get("id").asString();
    }

    /** Logs a coffee with one person through the API, in the given direction on the given day. */
    void touch(Caller caller, String person, String direction, String date) {
        Answer logged = post(caller, "/api/v1/interactions", Map.of("participants", List.of(person), "kind", "coffee",
                "direction", direction, "date", date));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }

    static List<String> ids(Answer list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    static List<String> names(Answer list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("items").valueStream().map(item -> item.get("name").asString()).toList();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }
}
