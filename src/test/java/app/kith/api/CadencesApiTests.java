package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CadencesApiTests extends ApiTestSupport {

    @Test
    void everyCircleHasKithsDefaultUntilTheAccountChangesIt() {
        Caller me = newCaller();

        JsonNode list = get(me, "/api/v1/settings/cadences").json();

        assertThat(list.get("items").valueStream().map(c -> c.get("circle").asString()))
                .containsExactly("inner", "close", "network", "acquaintance", "none");
        JsonNode inner = list.get("items").get(0);
        assertThat(inner.get("days").asInt()).isEqualTo(14);
        assertThat(inner.get("isDefault").asBoolean()).isTrue();
        assertThat(list.get("items").get(4).get("days").isNull()).as("none is not tracked").isTrue();
    }

    @Test
    void aCircleCadenceCanBeChangedAndResetAndItMovesToday() {
        Caller me = newCaller();
        String ivy = person(me, Map.of("name", "Ivy Inner", "circle", "inner"));
        touch(me, ivy, "gave", "2025-06-20");
        assertThat(get(me, "/api/v1/today?date=2025-06-30").json().get("reachOut").isEmpty()).isTrue();

        Answer changed = patch(me, "/api/v1/settings/cadences/inner", Map.of("days", 7));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("days").asInt()).isEqualTo(7);
        assertThat(changed.json().get("isDefault").asBoolean()).isFalse();
        assertThat(get(me, "/api/v1/settings/cadences").json().get("items").get(0).get("days").asInt()).isEqualTo(7);
        assertThat(get(me, "/api/v1/today?date=2025-06-30").json().get("reachOut").get(0).get("person").get("id")
                .asString()).isEqualTo(ivy);

        Answer reset = patch(me, "/api/v1/settings/cadences/inner", Map.of("days", 0));
        assertThat(reset.json().get("days").asInt()).isEqualTo(14);
        assertThat(reset.json().get("isDefault").asBoolean()).isTrue();
    }

    @Test
    void badCirclesAndDaysAreA400NamingThemAndChangeNothing() {
        Caller me = newCaller();
        Map<String, Object> nullDays = new HashMap<>();
        nullDays.put("days", null);

        assertThat(problem(patch(me, "/api/v1/settings/cadences/galaxy", Map.of("days", 10)), 400)
                .get("field").asString()).isEqualTo("circle");
        assertThat(problem(patch(me, "/api/v1/settings/cadences/none", Map.of("days", 10)), 400)
                .get("field").asString()).isEqualTo("circle");
        assertThat(problem(patch(me, "/api/v1/settings/cadences/close", Map.of("days", -3)), 400)
                .get("field").asString()).isEqualTo("days");
        assertThat(problem(patch(me, "/api/v1/settings/cadences/close", Map.of("days", 4000)), 400)
                .get("field").asString()).isEqualTo("days");
        assertThat(problem(patch(me, "/api/v1/settings/cadences/close", Map.of("days", "often")), 400)
                .get("field").asString()).isEqualTo("days");
        assertThat(problem(patch(me, "/api/v1/settings/cadences/close", nullDays), 400)
                .get("field").asString()).isEqualTo("days");
        assertThat(problem(patch(me, "/api/v1/settings/cadences/close", Map.of()), 400)
                .get("field").asString()).isEqualTo("days");

        assertThat(get(me, "/api/v1/settings/cadences").json().get("items").valueStream()
                .allMatch(c -> c.get("isDefault").asBoolean())).isTrue();
    }

    @Test
    void theMaximumIntervalIsTwiceTheIdealUntilSetAndAPersonPastItIsOverdue() {
        Caller me = newCaller();
        String ivy = person(me, Map.of("name", "Ivy Inner", "circle", "inner"));
        touch(me, ivy, "gave", LocalDate.now().minusDays(20).toString());
        JsonNode inner = get(me, "/api/v1/settings/cadences").json().get("items").get(0);
        assertThat(inner.get("maximumDays").asInt()).isEqualTo(28);
        assertThat(inner.get("maximumIsDefault").asBoolean()).isTrue();
        assertThat(get(me, "/api/v1/people/" + ivy).json().get("cadenceStatus").asString()).isEqualTo("due");

        Answer tighter = patch(me, "/api/v1/settings/cadences/inner", Map.of("maximumDays", 15));

        assertThat(tighter.status()).as(tighter.toString()).isEqualTo(200);
        assertThat(tighter.json().get("days").asInt()).as("left as it was").isEqualTo(14);
        assertThat(tighter.json().get("isDefault").asBoolean()).isTrue();
        assertThat(tighter.json().get("maximumDays").asInt()).isEqualTo(15);
        assertThat(get(me, "/api/v1/people/" + ivy).json().get("cadenceStatus").asString()).isEqualTo("overdue");
        assertThat(problem(patch(me, "/api/v1/settings/cadences/inner", Map.of("maximumDays", 10)), 400)
                .get("field").asString()).isEqualTo("maximumDays");
        assertThat(problem(patch(me, "/api/v1/settings/cadences/inner", Map.of("days", 20)), 400)
                .get("field").asString()).isEqualTo("days");
        assertThat(get(me, "/api/v1/settings/cadences").json().get("items").get(0).get("maximumDays").asInt())
                .isEqualTo(15);
    }
}
