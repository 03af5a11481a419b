package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PeopleApiTests extends ApiTestSupport {

    @Test
    void createdPersonHasALocationAndCanBeReadChangedAndDeleted() {
        Caller me = newCaller();
        Answer created = post(me, "/api/v1/people", Map.of("name", "Ada Lovelace", "emails", List.of("ada@example.com"),
                "circle", "inner", "birthday", "--12-10", "tags", List.of("math"),
                "affiliations", List.of(Map.of("organization", "Analytical Engines", "title", "Analyst", "start", "1985"))));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode person = created.json().get("person");
        String id = person.get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/people/" + id);
        assertThat(person.get("circle").asString()).isEqualTo("inner");
        assertThat(person.has("relationship") || person.has("contact")).as("the person stays flat in JSON").isFalse();
        assertThat(person.get("birthday").get("year").isNull()).isTrue();
        assertThat(created.json().get("organization").asString()).isEqualTo("Analytical Engines");
        assertThat(created.json().get("affiliations").get(0).get("start").asString()).isEqualTo("1985");

        Answer read = send(me, "GET", created.header("Location").replaceFirst("^http://[^/]+", ""), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("person").get("emails").get(0).asString()).isEqualTo("ada@example.com");

        Answer changed = patch(me, "/api/v1/people/" + id, Map.of("nickname", "Ada", "circle", "close"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode after = changed.json().get("person");
        assertThat(after.get("nickname").asString()).isEqualTo("Ada");
        assertThat(after.get("circle").asString()).isEqualTo("close");
        assertThat(after.get("name").asString()).as("fields left out stay as they are").isEqualTo("Ada Lovelace");
        assertThat(after.get("emails").get(0).asString()).isEqualTo("ada@example.com");
        assertThat(after.get("tags").get(0).asString()).isEqualTo("math");

        assertThat(delete(me, "/api/v1/people/" + id).status()).isEqualTo(204);
        problem(get(me, "/api/v1/people/" + id), 404);
    }

    @Test
    void listItemsCarryTheFixedPersonKeys() {
        Caller me = newCaller();
        person(me, Map.of("name", "Grace Hopper", "emails", List.of("grace@navy.example"),
                "affiliations", List.of(Map.of("organization", "US Navy", "title", "Rear Admiral"))));

        JsonNode item = get(me, "/api/v1/people?q=grace").json().get("items").get(0);

        assertThat(item.propertyNames()).contains("id", "name", "emails", "organization", "title", "circle", "tags",
                "lastInteraction", "health");
        assertThat(item.get("organization").asString()).isEqualTo("US Navy");
        assertThat(item.get("title").asString()).isEqualTo("Rear Admiral");
        assertThat(item.get("lastInteraction").isNull()).isTrue();
    }

    @Test
    void listIsPagedWithTheTotal() {
        Caller me = newCaller();
        for (int i = 0; i < 5; i++) {
            person(me, Map.of("name", "Pager " + i, "tags", List.of("paged")));
        }

        JsonNode first = get(me, "/api/v1/people?tag=paged&page=0&size=2").json();
        JsonNode last = get(me, "/api/v1/people?tag=paged&page=2&size=2").json();

        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(first.get("page").asInt()).isEqualTo(0);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(last.get("items").size()).isEqualTo(1);
        assertThat(last.get("page").asInt()).isEqualTo(2);
        problem(get(me, "/api/v1/people?size=0"), 400);
        assertThat(problem(get(me, "/api/v1/people?size=501"), 400).get("field").asString()).isEqualTo("size");
        assertThat(problem(get(me, "/api/v1/people?page=-1"), 400).get("field").asString()).isEqualTo("page");
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesPrefixes() {
        Caller me = newCaller();
        person(me, Map.of("name", "Zofia Wróblewska"));
        person(me, Map.of("name", "Mette Sørensen"));
        person(me, Map.of("name", "Sam Green", "emails", List.of("sam@hooli.example")));

        assertThat(names(get(me, "/api/v1/people?q=wroblewska"))).containsExactly("Zofia Wróblewska");
        assertThat(names(get(me, "/api/v1/people?q=SORENSEN"))).containsExactly("Mette Sørensen");
        assertThat(names(get(me, "/api/v1/people?q=wrob"))).containsExactly("Zofia Wróblewska");
        assertThat(names(get(me, "/api/v1/people?q=sam%40hoo"))).containsExactly("Sam Green");
        assertThat(names(get(me, "/api/v1/people?q=nobody"))).isEmpty();
    }

    @Test
    void listFiltersByTagCircleKindBridgeAndOrganization() {
        Caller me = newCaller();
        String ann = person(me, Map.of("name", "Ann", "tags", List.of("climbing"), "circle", "inner"));
        String bob = person(me, Map.of("name", "Bob", "kind", "partnership", "bridge", "strained",
                "affiliations", List.of(Map.of("organization", "Initech"))));
        String cat = person(me, Map.of("name", "Cat", "circle", "close", "tags", List.of("Climbing"),
                "affiliations", List.of(Map.of("organization", "Initech", "kind", "company"))));

        assertThat(ids(get(me, "/api/v1/people?tag=climbing"))).containsExactlyInAnyOrder(ann, cat);
        assertThat(ids(get(me, "/api/v1/people?circle=inner"))).containsExactly(ann);
        assertThat(ids(get(me, "/api/v1/people?kind=partnership"))).containsExactly(bob);
        assertThat(ids(get(me, "/api/v1/people?bridge=strained"))).containsExactly(bob);
        assertThat(ids(get(me, "/api/v1/people?organization=Initech"))).containsExactlyInAnyOrder(bob, cat);
        assertThat(ids(get(me, "/api/v1/people?organization=Initech&tag=climbing"))).containsExactly(cat);
        assertThat(problem(get(me, "/api/v1/people?circle=galaxy"), 400).get("field").asString()).isEqualTo("circle");
    }

    @Test
    void selfWorksAsAPersonId() {
        Caller me = newCaller();

        Answer self = get(me, "/api/v1/people/self");
        Answer renamed = patch(me, "/api/v1/people/self", Map.of("name", "The Owner"));

        assertThat(self.status()).isEqualTo(200);
        assertThat(self.json().get("person").get("self").asBoolean()).isTrue();
        assertThat(renamed.json().get("person").get("name").asString()).isEqualTo("The Owner");
        assertThat(problem(delete(me, "/api/v1/people/self"), 409).get("detail").asString()).contains("yourself");
    }

    @Test
    void affiliationsCanBeAddedListedChangedAndDeleted() {
        Caller me = newCaller();
        String ada = person(me, Map.of("name", "Ada"));

        Answer added = post(me, "/api/v1/people/" + ada + "/affiliations",
                Map.of("organization", "Cambridge", "organizationKind", "school", "title", "BA", "start", "2010",
                        "end", "2014"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String id = added.json().get("id").asString();
        assertThat(added.header("Location")).endsWith("/api/v1/affiliations/" + id);
        assertThat(added.json().get("role").asString()).isEqualTo("studied-at");

        assertThat(ids(get(me, "/api/v1/people/" + ada + "/affiliations"))).containsExactly(id);
        assertThat(get(me, "/api/v1/affiliations/" + id).json().get("organizationName").asString())
                .isEqualTo("Cambridge");
        Answer changed = patch(me, "/api/v1/affiliations/" + id, Map.of("title", "MA"));
        assertThat(changed.json().get("title").asString()).isEqualTo("MA");
        assertThat(changed.json().get("end").asString()).isEqualTo("2014");
        assertThat(names(get(me, "/api/v1/people?q=cambridge"))).containsExactly("Ada");

        assertThat(delete(me, "/api/v1/affiliations/" + id).status()).isEqualTo(204);
        assertThat(ids(get(me, "/api/v1/people/" + ada + "/affiliations"))).isEmpty();
        problem(get(me, "/api/v1/affiliations/" + id), 404);
        assertThat(problem(post(me, "/api/v1/people/" + ada + "/affiliations", Map.of("title", "x")), 400)
                .get("field").asString()).isEqualTo("organization");
        assertThat(problem(post(me, "/api/v1/people/" + ada + "/affiliations",
                Map.of("organization", "X", "start", "someday")), 400).get("field").asString()).isEqualTo("start");
    }

    @Test
    void invalidInputIsA400ProblemNamingTheFieldAndWritesNothing() {
        Caller me = newCaller();
        long before = get(me, "/api/v1/people").json().get("total").asLong();

        JsonNode badEmail = problem(post(me, "/api/v1/people",
                Map.of("name", "Eve", "emails", List.of("not-an-email"))), 400);
        JsonNode noName = problem(post(me, "/api/v1/people", Map.of("nickname", "nobody")), 400);
        JsonNode badAffiliation = problem(post(me, "/api/v1/people", Map.of("name", "Eve",
                "affiliations", List.of(Map.of("organization", "Initech", "kind", "planet")))), 400);

        assertThat(badEmail.get("field").asString()).isEqualTo("emails");
        assertThat(badEmail.get("detail").asString()).contains("emails");
        assertThat(noName.get("field").asString()).isEqualTo("name");
        assertThat(badAffiliation.get("field").asString()).isEqualTo("affiliations.kind");
        assertThat(get(me, "/api/v1/people").json().get("total").asLong()).isEqualTo(before);
        assertThat(get(me, "/api/v1/organizations?q=initech").json().get("total").asLong())
                .as("a person refused for a bad affiliation leaves no organization behind").isZero();
    }

    @Test
    void badChangeLeavesThePersonAsTheyWere() {
        Caller me = newCaller();
        String id = person(me, Map.of("name", "Stable", "circle", "inner"));

        problem(patch(me, "/api/v1/people/" + id, Map.of("circle", "close", "cadenceDays", -5)), 400);

        assertThat(get(me, "/api/v1/people/" + id).json().get("person").get("circle").asString()).isEqualTo("inner");
    }

    @Test
    void unreadableBodiesAreA400ThatSaysWhy() {
        Caller me = newCaller();
        Map<String, Object> unknown = new LinkedHashMap<>();
        unknown.put("name", "Mallory");
        unknown.put("isAdmin", true);

        JsonNode malformed = problem(post(me, "/api/v1/people", "{\"name\": "), 400);
        JsonNode unknownProperty = problem(post(me, "/api/v1/people", unknown), 400);
        JsonNode wrongType = problem(post(me, "/api/v1/people", Map.of("name", "X", "cadenceDays", "often")), 400);
        JsonNode nestedWrongType = problem(post(me, "/api/v1/people", Map.of("name", "X", "emails", "x@example.com")), 400);

        assertThat(malformed.get("detail").asString()).contains("JSON");
        assertThat(unknownProperty.get("field").asString()).isEqualTo("isAdmin");
        assertThat(unknownProperty.get("detail").asString()).contains("isAdmin");
        assertThat(wrongType.get("field").asString()).isEqualTo("cadenceDays");
        assertThat(nestedWrongType.get("field").asString()).isEqualTo("emails");
        assertThat(names(get(me, "/api/v1/people?q=mallory"))).isEmpty();
    }

    @Test
    void unknownIdsAreNotFound() {
        Caller me = newCaller();

        problem(get(me, "/api/v1/people/01900000-0000-7000-8000-000000000000"), 404);
        problem(get(me, "/api/v1/people/not-an-id"), 404);
        problem(patch(me, "/api/v1/people/01900000-0000-7000-8000-000000000000", Map.of("name", "X")), 404);
        problem(delete(me, "/api/v1/people/01900000-0000-7000-8000-000000000000"), 404);
        problem(get(me, "/api/v1/people/01900000-0000-7000-8000-000000000000/affiliations"), 404);
    }

    @Test
    void peopleListAndProfileCarryHealthAndSelfHasNone() {
        Caller me = newCaller();
        String gia = person(me, Map.of("name", "Gia Giver", "circle", "close"));
        touch(me, gia, "gave", LocalDate.now(clock).toString());

        JsonNode items = get(me, "/api/v1/people").json().get("items");
        JsonNode profile = get(me, "/api/v1/people/" + gia).json();

        items.valueStream().forEach(item -> {
            if (item.get("self").asBoolean()) {
                assertThat(item.get("health").isNull()).isTrue();
            } else {
                assertThat(item.get("health").asInt()).isEqualTo(100);
            }
        });
        assertThat(profile.get("health").asInt()).isEqualTo(100);
        assertThat(profile.get("healthExplanation").asString()).startsWith("last real touch today, cadence 30");
        assertThat(get(me, "/api/v1/people/self").json().get("healthExplanation").isNull()).isTrue();
    }

    @Test
    void aNameMustBeAJsonStringNotANumberOrABoolean() {
        Caller me = newCaller();

        for (Object notText : List.of(1, new BigDecimal("1e999999"), true)) {
            assertThat(problem(post(me, "/api/v1/people", Map.of("name", notText)), 400).get("field").asString())
                    .isEqualTo("name");
        }

        assertThat(names(get(me, "/api/v1/people?q=1e999999"))).isEmpty();
    }

    @Test
    void aMisspelledFieldIsRefusedAndNamesTheFieldsThatExist() {
        Caller me = newCaller();

        var problem = problem(post(me, "/api/v1/people", Map.of("name", "Ada Lovelace", "emial", List.of("a@x.org"))),
                400);

        assertThat(problem.get("field").asString()).isEqualTo("emial");
        assertThat(problem.get("detail").asString()).contains("emails", "circle", "affiliations");
        assertThat(names(get(me, "/api/v1/people?q=lovelace"))).isEmpty();
    }
}
