package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TagsApiTests extends ApiTestSupport {

    @Test
    void tagsAreListedWithHowManyPeopleCarryThem() {
        Caller me = newCaller();
        person(me, Map.of("name", "Ann", "tags", List.of("climbing", "chess")));
        person(me, Map.of("name", "Bob", "tags", List.of("Climbing")));

        JsonNode tags = get(me, "/api/v1/tags").json();

        assertThat(tags.get("total").asLong()).isEqualTo(2);
        assertThat(tags.get("items").get(0).get("name").asString()).isEqualTo("chess");
        assertThat(tags.get("items").get(0).get("people").asLong()).isEqualTo(1);
        assertThat(tags.get("items").get(1).get("people").asLong()).isEqualTo(2);
        assertThat(get(me, "/api/v1/tags?size=1&page=1").json().get("items").get(0).get("name").asString())
                .isEqualTo("climbing");
    }

    @Test
    void tagCanBeCreatedRenamedAppliedInBulkAndDeleted() {
        Caller me = newCaller();
        String ann = person(me, Map.of("name", "Ann"));
        String bob = person(me, Map.of("name", "Bob"));

        Answer created = post(me, "/api/v1/tags", Map.of("name", "investors"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/tags/" + id);

        Answer tagged = post(me, "/api/v1/tags/" + id + "/people", Map.of("people", List.of(ann, bob, "self")));
        assertThat(tagged.status()).as(tagged.toString()).isEqualTo(200);
        assertThat(tagged.json().get("people").asLong()).isEqualTo(3);

        Answer renamed = patch(me, "/api/v1/tags/" + id, Map.of("name", "angels"));
        assertThat(renamed.json().get("name").asString()).isEqualTo("angels");
        assertThat(names(get(me, "/api/v1/people?tag=angels"))).contains("Ann", "Bob");
        assertThat(names(get(me, "/api/v1/people?q=angel"))).contains("Ann", "Bob");

        assertThat(delete(me, "/api/v1/tags/" + id).status()).isEqualTo(204);
        problem(get(me, "/api/v1/tags/" + id), 404);
        assertThat(get(me, "/api/v1/people/" + ann).json().get("person").get("tags").size()).isZero();
    }

    @Test
    void badTagRequestsAreRefusedAndChangeNothing() {
        Caller me = newCaller();
        String ann = person(me, Map.of("name", "Ann"));
        String first = post(me, "/api/v1/tags", Map.of("name", "first")).json().get("id").asString();
        post(me, "/api/v1/tags", Map.of("name", "second"));

        assertThat(problem(post(me, "/api/v1/tags", Map.of("name", " ")), 400).get("field").asString()).isEqualTo("name");
        assertThat(problem(patch(me, "/api/v1/tags/" + first, Map.of("name", "Second")), 409).get("detail").asString())
                .contains("already exists");
        assertThat(problem(post(me, "/api/v1/tags/" + first + "/people", Map.of("people", List.of())), 400)
                .get("field").asString()).isEqualTo("people");
        problem(post(me, "/api/v1/tags/" + first + "/people",
                Map.of("people", List.of(ann, "01900000-0000-7000-8000-000000000000"))), 404);

        assertThat(get(me, "/api/v1/tags/" + first).json().get("people").asLong()).isZero();
        assertThat(get(me, "/api/v1/tags/" + first).json().get("name").asString()).isEqualTo("first");
    }
}
