package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code Idempotency-Key} on the API's POSTs: a retry gets the first answer, never a second write. */
class IdempotencyApiTests extends ApiTestSupport {

    private Answer keyed(Caller caller, String path, String key, Object body) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + caller.token()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    @Test
    void aRetriedPostWritesOnceAndGetsTheFirstAnswerAgain() {
        Caller caller = newCaller();

        Answer first = keyed(caller, "/api/v1/people", "\"9f1c1d3e-first\"", Map.of("name", "Ada Lovelace"));
        Answer retry = keyed(caller, "/api/v1/people", "\"9f1c1d3e-first\"", Map.of("name", "Ada Lovelace"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(get(caller, "/api/v1/people?q=Lovelace").json().get("total").asInt()).isEqualTo(1);

        String ada = first.json().get("person").get("id").asString();
        Map<String, Object> touch = Map.of("participants", List.of(ada), "kind", "coffee", "direction", "gave");
        assertThat(keyed(caller, "/api/v1/interactions", "touch-1", touch).status()).isEqualTo(201);
        assertThat(keyed(caller, "/api/v1/interactions", "touch-1", touch).status()).isEqualTo(201);
        assertThat(get(caller, "/api/v1/interactions?person=" + ada).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aKeyIsTheAccountsOwnAndMeansOneRequest() {
        Caller one = newCaller();
        Caller other = newCaller();
        keyed(one, "/api/v1/people", "shared-key", Map.of("name", "Grace Hopper"));

        Answer different = keyed(one, "/api/v1/people", "shared-key", Map.of("name", "Someone Else"));
        Answer elsewhere = keyed(other, "/api/v1/people", "shared-key", Map.of("name", "Grace Hopper"));

        assertThat(problem(different, 422).get("detail").asString()).contains("different request");
        assertThat(get(one, "/api/v1/people?q=Someone").json().get("total").asInt()).isZero();
        assertThat(elsewhere.status()).isEqualTo(201);
        assertThat(elsewhere.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aKeyThatIsNotOneIsRefusedAndWritesNothing() {
        Caller caller = newCaller();

        Answer tooLong = keyed(caller, "/api/v1/people", "k".repeat(256), Map.of("name", "Barbara Liskov"));
        Answer spaces = keyed(caller, "/api/v1/people", "two words", Map.of("name", "Barbara Liskov"));

        JsonNode refused = problem(tooLong, 400);
        assertThat(refused.get("detail").asString()).contains("Idempotency-Key");
        // Written as Spring MVC writes every other problem: the RFC 9457 members only, no "properties" wrapper.
        assertThat(refused.properties()).extracting(Map.Entry::getKey)
                .containsOnly("title", "status", "detail");
        problem(spaces, 400);
        assertThat(get(caller, "/api/v1/people?q=Liskov").json().get("total").asInt()).isZero();
    }

    @Test
    void aRefusedRequestIsAnsweredTheSameWayWhenRetried() {
        Caller caller = newCaller();

        Answer first = keyed(caller, "/api/v1/people", "bad-body", Map.of("name", ""));
        Answer retry = keyed(caller, "/api/v1/people", "bad-body", Map.of("name", ""));

        problem(first, 400);
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.body()).isEqualTo(first.body());
    }
}
