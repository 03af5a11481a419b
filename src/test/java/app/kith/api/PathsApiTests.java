package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PathsApiTests extends ApiTestSupport {

    @Test
    void aPathGoesThroughSomeoneYouKnowAndEachHopSaysWhy() {
        Caller me = newCaller();
        String inna = person(me, Map.of("name", "Inna Inner", "circle", "inner"));
        String tara = person(me, Map.of("name", "Tara Target"));
        touch(me, inna, "gave", "2025-06-20");
        assertThat(post(me, "/api/v1/connections", Map.of("personA", inna, "personB", tara, "kind", "colleague",
                "strength", 4)).status()).isEqualTo(201);

        Answer answer = get(me, "/api/v1/paths?to=" + tara + "&date=2025-06-30");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode paths = answer.json();
        assertThat(paths.get("reachable").asBoolean()).isTrue();
        assertThat(paths.get("target").get("id").asString()).isEqualTo(tara);
        JsonNode hops = paths.get("paths").get(0).get("hops");
        assertThat(hops.valueStream().map(h -> h.get("person").get("id").asString())).containsExactly(inna, tara);
        hops.valueStream().forEach(hop -> assertThat(hop.get("why").asString()).isNotBlank());
        assertThat(paths.get("paths").get(0).get("strength").asInt()).isBetween(1, 100);
    }

    @Test
    void anUnreachablePersonIsAnAnswerNotAnError() {
        Caller me = newCaller();
        String uma = person(me, Map.of("name", "Uma Unknown"));

        Answer answer = get(me, "/api/v1/paths?to=" + uma);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("reachable").asBoolean()).isFalse();
        assertThat(answer.json().get("message").asString()).contains("Uma Unknown");
        assertThat(answer.json().get("paths").isEmpty()).isTrue();
    }

    @Test
    void aMissingOrSelfTargetIsA400AndAnUnknownOneA404() {
        Caller me = newCaller();

        assertThat(problem(get(me, "/api/v1/paths"), 400).get("field").asString()).isEqualTo("to");
        assertThat(problem(get(me, "/api/v1/paths?to=self"), 400).get("field").asString()).isEqualTo("to");
        problem(get(me, "/api/v1/paths?to=01900000-0000-7000-8000-000000000000"), 404);
        String ann = person(me, Map.of("name", "Ann"));
        assertThat(problem(get(me, "/api/v1/paths?to=" + ann + "&date=2025-02-30"), 400).get("field").asString())
                .isEqualTo("date");
    }
}
