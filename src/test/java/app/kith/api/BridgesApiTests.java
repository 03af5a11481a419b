package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BridgesApiTests extends ApiTestSupport {

    @Test
    void aBridgeGoesFromStrainedThroughRepairingToRestored() {
        Caller me = newCaller();
        String sam = person(me, Map.of("name", "Sam Stone", "circle", "inner"));
        String bridge = "/api/v1/people/" + sam + "/bridge";

        assertThat(get(me, bridge).json().get("status").asString()).isEqualTo("ok");

        Answer strained = post(me, bridge + "/strain", Map.of("whatHappened", "I missed his wedding",
                "coolingOffUntil", "2025-03-20"));
        assertThat(strained.status()).as(strained.toString()).isEqualTo(200);
        assertThat(strained.json().get("status").asString()).isEqualTo("strained");
        assertThat(strained.json().get("coolingOffUntil").asString()).isEqualTo("2025-03-20");

        Answer repairing = post(me, bridge + "/repair", Map.of("firstStep", "write a letter",
                "firstStepBy", "2025-04-01"));
        assertThat(repairing.status()).as(repairing.toString()).isEqualTo(200);
        JsonNode plan = repairing.json();
        assertThat(plan.get("status").asString()).isEqualTo("repairing");
        assertThat(plan.get("whatHappened").asString()).as("kept from the strain").isEqualTo("I missed his wedding");
        assertThat(plan.get("firstStep").asString()).isEqualTo("write a letter");

        Answer restored = post(me, bridge + "/restore", null);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json().get("status").asString()).isEqualTo("restored");
        assertThat(get(me, bridge).json().get("status").asString()).isEqualTo("restored");
        assertThat(get(me, "/api/v1/people/" + sam).json().get("person").get("bridge").asString())
                .isEqualTo("restored");
    }

    @Test
    void aTransitionTheStatusDoesNotAllowIsA409AndChangesNothing() {
        Caller me = newCaller();
        String sam = person(me, Map.of("name", "Sam Stone"));
        String bridge = "/api/v1/people/" + sam + "/bridge";

        assertThat(problem(post(me, bridge + "/repair", Map.of("firstStep", "call", "firstStepBy", "2025-04-01")), 409)
                .get("detail").asString()).contains("strained");
        problem(post(me, bridge + "/restore", null), 409);
        post(me, bridge + "/strain", Map.of("whatHappened", "a quarrel", "coolingOffUntil", "2025-03-20"));
        assertThat(problem(post(me, bridge + "/restore", null), 409).get("detail").asString()).contains("repaired");

        JsonNode after = get(me, bridge).json();
        assertThat(after.get("status").asString()).isEqualTo("strained");
        assertThat(after.get("firstStep").isNull()).isTrue();
    }

    @Test
    void missingOrBadPlanFieldsAreA400NamingThemAndWriteNothing() {
        Caller me = newCaller();
        String sam = person(me, Map.of("name", "Sam Stone"));
        String bridge = "/api/v1/people/" + sam + "/bridge";

        assertThat(problem(post(me, bridge + "/strain", Map.of("whatHappened", "a quarrel")), 400)
                .get("field").asString()).isEqualTo("coolingOffUntil");
        assertThat(problem(post(me, bridge + "/strain", Map.of("coolingOffUntil", "2025-03-20")), 400)
                .get("field").asString()).isEqualTo("whatHappened");
        assertThat(problem(post(me, bridge + "/strain", Map.of("whatHappened", "x", "coolingOffUntil", "soon")), 400)
                .get("field").asString()).isEqualTo("coolingOffUntil");
        assertThat(problem(post(me, bridge + "/strain", Map.of("whatHappened", "x", "mood", "bad")), 400)
                .get("field").asString()).isEqualTo("mood");
        problem(post(me, bridge + "/strain", null), 400);

        assertThat(get(me, bridge).json().get("status").asString()).isEqualTo("ok");
    }

    @Test
    void yourOwnBridgeIsA400AndAnUnknownPersonsA404() {
        Caller me = newCaller();

        assertThat(problem(post(me, "/api/v1/people/self/bridge/strain", Map.of("whatHappened", "x",
                "coolingOffUntil", "2025-03-20")), 400).get("field").asString()).isEqualTo("person");
        problem(get(me, "/api/v1/people/01900000-0000-7000-8000-000000000000/bridge"), 404);
        problem(post(me, "/api/v1/people/01900000-0000-7000-8000-000000000000/bridge/restore", null), 404);
    }
}
