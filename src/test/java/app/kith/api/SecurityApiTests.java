package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SecurityApiTests extends ApiTestSupport {

    @Test
    void callWithoutTokenIsA401ProblemWithABearerChallenge() {
        Answer answer = get(null, "/api/v1/people");

        JsonNode problem = problem(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(problem.get("detail").asString()).contains("Bearer");
    }

    @Test
    void unknownOrMalformedTokensAreRefused() {
        Caller stranger = new Caller(null, "kith_" + "A".repeat(43));

        Answer unknown = get(stranger, "/api/v1/people");
        Answer garbage = get(new Caller(null, "nonsense"), "/api/v1/people");
        Answer basic = send(request("/api/v1/people").header("Authorization", "Basic dXNlcjpwYXNz").GET().build());

        problem(unknown, 401);
        assertThat(unknown.header("WWW-Authenticate")).contains("invalid_token");
        problem(garbage, 401);
        assertThat(problem(basic, 401).get("detail").asString()).contains("Bearer");
    }

    @Test
    void revokedTokenStopsWorkingAtOnce() {
        Caller me = newCaller();
        Answer issued = post(me, "/api/v1/tokens", Map.of("name", "script"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        Caller script = new Caller(me.account(), issued.json().get("secret").asString());
        String id = issued.json().get("id").asString();
        assertThat(get(script, "/api/v1/people").status()).isEqualTo(200);

        assertThat(delete(me, "/api/v1/tokens/" + id).status()).isEqualTo(204);

        problem(get(script, "/api/v1/people"), 401);
        assertThat(get(me, "/api/v1/tokens/" + id).json().get("revokedAt").isNull()).isFalse();
        problem(delete(me, "/api/v1/tokens/" + id), 404);
    }

    @Test
    void tokenListNeverShowsSecrets() {
        Caller me = newCaller();
        String secret = post(me, "/api/v1/tokens", Map.of("name", "ci")).json().get("secret").asString();

        Answer list = get(me, "/api/v1/tokens");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isEqualTo(2);
        assertThat(list.body()).doesNotContain(secret).doesNotContain("secret").doesNotContain(me.token());
    }

    @Test
    void tokenRevokedThroughTheServiceIsRefusedToo() {
        Caller me = newCaller();
        String id = tokens.list(me.account()).getFirst().id();

        tokens.revoke(me.account(), id);

        problem(get(me, "/api/v1/people"), 401);
    }

    @Test
    void answersCarrySecureHeadersAndNoSessionCookie() {
        Caller me = newCaller();

        Answer answer = get(me, "/api/v1/people");

        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(answer.header("Cache-Control")).contains("no-store");
        assertThat(answer.header("Set-Cookie")).isNull();
    }

    @Test
    void pathsOutsideTheApiNeedASignedInBrowser() {
        Answer home = get(null, "/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).endsWith("/login");
        assertThat(get(null, "/admin").status()).isEqualTo(302);
        assertThat(send(request("/anything").POST(HttpRequest.BodyPublishers.ofString("{}")).build()).status())
                .as("a POST without a CSRF token").isEqualTo(403);
    }

    @Test
    void routingErrorsAreProblemsToo() {
        Caller me = newCaller();

        assertThat(problem(get(me, "/api/v1/nowhere"), 404).get("detail").asString()).contains("/api/v1/nowhere");
        Answer wrongMethod = send(me, "PUT", "/api/v1/people", Map.of("name", "X"));
        problem(wrongMethod, 405);
        assertThat(wrongMethod.header("Allow")).contains("GET", "POST");
        problem(send(request("/api/v1/tags").header("Authorization", "Bearer " + me.token())
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("climbing")).build()), 415);
        assertThat(problem(send(me, "POST", "/api/v1/tags", null), 400).get("detail").asString()).contains("body");
    }

    @Test
    void pathsTheServerRefusesToReadAreProblemsToo() {
        Caller me = newCaller();

        for (String path : new String[] {"//api/v1/people", "/api/v1/people;jsessionid=1", "/api/v1/people/a%00b",
                "/api/v1/people/%2F", "/api/v1/people/%2e%2e/tags"}) {
            problem(get(me, path), 400);
        }
        assertThat(problem(get(me, "/api/v1/people;x=1"), 400).get("detail").asString()).contains("not allowed");
    }
}
