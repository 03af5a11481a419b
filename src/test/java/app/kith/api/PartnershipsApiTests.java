package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PartnershipsApiTests extends ApiTestSupport {

    @Test
    void partnershipsListsPartnershipAndBothWithStageCaseAndHealth() {
        Caller me = newCaller();
        String petra = person(me, Map.of("name", "Petra Partner", "kind", "partnership", "partnershipStage", "active",
                "partnershipCase", "her reach, our product: both grow"));
        String bo = person(me, Map.of("name", "Bo Both", "kind", "both"));
        person(me, Map.of("name", "Fred Friend", "kind", "friendship"));
        touch(me, petra, "mutual", "2025-06-01");

        Answer answer = get(me, "/api/v1/partnerships?date=2025-06-30");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("items").valueStream().map(p -> p.get("person").get("id").asString()))
                .as("by name").containsExactly(bo, petra);
        JsonNode partnership = answer.json().get("items").get(1);
        assertThat(partnership.get("person").get("name").asString()).isEqualTo("Petra Partner");
        assertThat(partnership.get("kind").asString()).isEqualTo("partnership");
        assertThat(partnership.get("stage").asString()).isEqualTo("active");
        assertThat(partnership.get("writtenCase").asString()).isEqualTo("her reach, our product: both grow");
        assertThat(partnership.get("health").asInt()).isBetween(1, 100);
        assertThat(partnership.get("setbacks").asInt()).isZero();
        assertThat(answer.json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void peopleOfKindPartnershipIncludesThoseWhoAreBoth() {
        Caller me = newCaller();
        String petra = person(me, Map.of("name", "Petra Partner", "kind", "partnership"));
        String bo = person(me, Map.of("name", "Bo Both", "kind", "both"));
        person(me, Map.of("name", "Fred Friend"));

        assertThat(ids(get(me, "/api/v1/people?kind=partnership"))).containsExactlyInAnyOrder(petra, bo);
        assertThat(problem(get(me, "/api/v1/partnerships?date=someday"), 400).get("field").asString())
                .isEqualTo("date");
    }
}
