package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GraphApiTests extends ApiTestSupport {

    @Test
    void theGraphHasYouThePeopleClosestTheirTiesAndAWarmPathWhenAsked() {
        Caller me = newCaller();
        String ann = person(me, Map.of("name", "Ann Inner", "circle", "inner"));
        String bob = person(me, Map.of("name", "Bob Close", "circle", "close"));
        String tia = person(me, Map.of("name", "Tia Target"));
        touch(me, ann, "gave", LocalDate.now().minusDays(2).toString());
        assertThat(post(me, "/api/v1/connections", Map.of("personA", ann, "personB", tia, "kind", "knows",
                "strength", 5)).status()).isEqualTo(201);
        assertThat(post(me, "/api/v1/connections", Map.of("personA", ann, "personB", bob, "kind", "colleague"))
                .status()).isEqualTo(201);

        JsonNode graph = get(me, "/api/v1/graph").json();
        JsonNode withPath = get(me, "/api/v1/graph?to=" + tia).json();

        assertThat(graph.get("nodes").valueStream().map(n -> n.get("person").get("id").asString()))
                .as("inner first, then close, then the rest").containsExactly(ann, bob, tia);
        assertThat(graph.get("nodes").get(0).get("status").asString()).isEqualTo("on-track");
        assertThat(graph.get("ties")).hasSize(2);
        assertThat(graph.get("path").isNull()).isTrue();
        assertThat(withPath.get("path").get("reachable").asBoolean()).isTrue();
        assertThat(withPath.get("nodes").valueStream().filter(n -> n.get("onPath").asBoolean())
                .map(n -> n.get("person").get("id").asString())).containsExactlyInAnyOrder(ann, tia);
        assertThat(problem(get(me, "/api/v1/graph?to=nobody"), 404).get("detail").asString()).isNotBlank();
    }
}
