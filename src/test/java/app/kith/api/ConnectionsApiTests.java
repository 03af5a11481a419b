package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConnectionsApiTests extends ApiTestSupport {

    @Test
    void connectionCanBeCreatedReadChangedAndDeleted() {
        Caller me = newCaller();
        String ann = person(me, Map.of("name", "Ann"));
        String bob = person(me, Map.of("name", "Bob"));

        Answer created = post(me, "/api/v1/connections", Map.of("personA", ann, "personB", bob, "kind", "colleague"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/connections/" + id);
        assertThat(created.json().get("strength").asInt()).isEqualTo(3);

        Answer changed = patch(me, "/api/v1/connections/" + id, Map.of("strength", 5));
        assertThat(changed.json().get("strength").asInt()).isEqualTo(5);
        assertThat(changed.json().get("kind").asString()).isEqualTo("colleague");
        assertThat(get(me, "/api/v1/connections/" + id).json().get("strength").asInt()).isEqualTo(5);
        assertThat(get(me, "/api/v1/people/" + ann).json().get("connections").get(0).get("name").asString())
                .isEqualTo("Bob");

        assertThat(delete(me, "/api/v1/connections/" + id).status()).isEqualTo(204);
        problem(get(me, "/api/v1/connections/" + id), 404);
    }

    @Test
    void listFiltersByPersonAndPages() {
        Caller me = newCaller();
        String ann = person(me, Map.of("name", "Ann"));
        String bob = person(me, Map.of("name", "Bob"));
        String cat = person(me, Map.of("name", "Cat"));
        String annBob = connect(me, ann, bob);
        String bobCat = connect(me, bob, cat);

        assertThat(ids(get(me, "/api/v1/connections?person=" + ann))).containsExactly(annBob);
        assertThat(ids(get(me, "/api/v1/connections?person=" + bob))).containsExactlyInAnyOrder(annBob, bobCat);
        JsonNode page = get(me, "/api/v1/connections?size=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items").size()).isEqualTo(1);
        problem(get(me, "/api/v1/connections?person=01900000-0000-7000-8000-000000000000"), 404);
    }

    @Test
    void badConnectionsAreRefusedNamingTheField() {
        Caller me = newCaller();
        String ann = person(me, Map.of("name", "Ann"));
        String bob = person(me, Map.of("name", "Bob"));
        String id = connect(me, ann, bob);

        assertThat(problem(post(me, "/api/v1/connections", Map.of("personA", ann, "personB", ann)), 400)
                .get("field").asString()).isEqualTo("personB");
        assertThat(problem(post(me, "/api/v1/connections", Map.of("personA", ann, "personB", bob, "strength", 9)), 400)
                .get("field").asString()).isEqualTo("strength");
        assertThat(problem(patch(me, "/api/v1/connections/" + id, Map.of("personA", bob)), 400)
                .get("field").asString()).isEqualTo("personA");
        assertThat(problem(post(me, "/api/v1/connections", Map.of("personB", bob)), 400)
                .get("field").asString()).isEqualTo("personA");
        assertThat(get(me, "/api/v1/connections").json().get("total").asLong()).isEqualTo(1);
    }

    private String connect(Caller me, String a, String b) {
        Answer created = post(me, "/api/v1/connections", Map.of("personA", a, "personB", b));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
