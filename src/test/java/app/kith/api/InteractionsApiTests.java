package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InteractionsApiTests extends ApiTestSupport {

    @Test
    void interactionCanBeLoggedReadChangedAndDeleted() {
        Caller me = newCaller();
        String ada = person(me, Map.of("name", "Ada"));

        Answer logged = post(me, "/api/v1/interactions", Map.of("participants", List.of(ada, "self"), "kind", "coffee"));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        JsonNode created = logged.json();
        String id = created.get("id").asString();
        assertThat(logged.header("Location")).endsWith("/api/v1/interactions/" + id);
        assertThat(created.get("direction").asString()).as("direction defaults to neutral").isEqualTo("neutral");
        assertThat(created.get("date").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(created.get("participantIds").size()).isEqualTo(2);

        Answer changed = patch(me, "/api/v1/interactions/" + id, Map.of("notes", "talked about engines", "direction", "gave"));
        assertThat(changed.json().get("notes").asString()).isEqualTo("talked about engines");
        assertThat(changed.json().get("direction").asString()).isEqualTo("gave");
        assertThat(changed.json().get("kind").asString()).isEqualTo("coffee");
        assertThat(get(me, "/api/v1/people/" + ada).json().get("lastInteraction").asString())
                .isEqualTo(LocalDate.now().toString());

        assertThat(delete(me, "/api/v1/interactions/" + id).status()).isEqualTo(204);
        problem(get(me, "/api/v1/interactions/" + id), 404);
    }

    @Test
    void listFiltersByPersonKindDirectionAndDates() {
        Caller me = newCaller();
        String ada = person(me, Map.of("name", "Ada"));
        String bob = person(me, Map.of("name", "Bob"));
        String early = log(me, List.of(ada), "call", "asked", "2024-01-10");
        String middle = log(me, List.of(ada, bob), "dinner", "gave", "2024-03-15");
        String late = log(me, List.of(bob), "call", "gave", "2024-06-01");

        assertThat(ids(get(me, "/api/v1/interactions"))).containsExactly(late, middle, early);
        assertThat(ids(get(me, "/api/v1/interactions?person=" + ada))).containsExactly(middle, early);
        assertThat(ids(get(me, "/api/v1/interactions?kind=call"))).containsExactly(late, early);
        assertThat(ids(get(me, "/api/v1/interactions?direction=gave"))).containsExactly(late, middle);
        assertThat(ids(get(me, "/api/v1/interactions?from=2024-02-01&to=2024-06-01"))).containsExactly(late, middle);
        assertThat(ids(get(me, "/api/v1/interactions?person=" + bob + "&to=2024-05-31"))).containsExactly(middle);
        JsonNode page = get(me, "/api/v1/interactions?size=1&page=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(middle);
    }

    @Test
    void badFiltersAndBodiesNameTheField() {
        Caller me = newCaller();
        String ada = person(me, Map.of("name", "Ada"));

        assertThat(problem(get(me, "/api/v1/interactions?kind=duel"), 400).get("field").asString()).isEqualTo("kind");
        assertThat(problem(get(me, "/api/v1/interactions?direction=up"), 400).get("field").asString())
                .isEqualTo("direction");
        assertThat(problem(get(me, "/api/v1/interactions?from=yesterday"), 400).get("field").asString())
                .isEqualTo("from");
        assertThat(problem(post(me, "/api/v1/interactions", Map.of("participants", List.of(), "kind", "call")), 400)
                .get("field").asString()).isEqualTo("participants");
        assertThat(problem(post(me, "/api/v1/interactions",
                Map.of("participants", List.of(ada), "kind", "call", "date", "2024-13-01")), 400)
                .get("field").asString()).isEqualTo("date");
        problem(post(me, "/api/v1/interactions",
                Map.of("participants", List.of(ada, "01900000-0000-7000-8000-000000000000"), "kind", "call")), 404);
        assertThat(get(me, "/api/v1/interactions").json().get("total").asLong()).isZero();
    }

    private String log(Caller me, List<String> people, String kind, String direction, String date) {
        Answer logged = post(me, "/api/v1/interactions",
                Map.of("participants", people, "kind", kind, "direction", direction, "date", date));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        return logged.json().get("id").asString();
    }
}
