package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrganizationsApiTests extends ApiTestSupport {

    @Test
    void organizationCanBeCreatedReadChangedAndDeleted() {
        Caller me = newCaller();

        Answer created = post(me, "/api/v1/organizations",
                Map.of("name", "Hooli", "kind", "company", "website", "https://hooli.example"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/organizations/" + id);
        assertThat(created.json().get("kind").asString()).isEqualTo("company");

        Answer changed = patch(me, "/api/v1/organizations/" + id, Map.of("notes", "search"));
        assertThat(changed.json().get("notes").asString()).isEqualTo("search");
        assertThat(changed.json().get("website").asString()).isEqualTo("https://hooli.example");
        assertThat(get(me, "/api/v1/organizations/" + id).json().get("name").asString()).isEqualTo("Hooli");

        assertThat(delete(me, "/api/v1/organizations/" + id).status()).isEqualTo(204);
        problem(get(me, "/api/v1/organizations/" + id), 404);
    }

    @Test
    void listFiltersByKindAndNameAndPages() {
        Caller me = newCaller();
        post(me, "/api/v1/organizations", Map.of("name", "École Polytechnique", "kind", "school"));
        post(me, "/api/v1/organizations", Map.of("name", "Pied Piper", "kind", "company"));
        post(me, "/api/v1/organizations", Map.of("name", "Piper Club", "kind", "community"));

        assertThat(names(get(me, "/api/v1/organizations?kind=school"))).containsExactly("École Polytechnique");
        assertThat(names(get(me, "/api/v1/organizations?q=ecole"))).containsExactly("École Polytechnique");
        assertThat(names(get(me, "/api/v1/organizations?q=piper"))).containsExactly("Pied Piper", "Piper Club");
        JsonNode page = get(me, "/api/v1/organizations?page=1&size=2").json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(problem(get(me, "/api/v1/organizations?kind=planet"), 400).get("field").asString()).isEqualTo("kind");
    }

    @Test
    void membersAreThePeopleAffiliatedWithTheirNames() {
        Caller me = newCaller();
        String ada = person(me, Map.of("name", "Ada", "affiliations",
                List.of(Map.of("organization", "Initech", "title", "Engineer", "start", "2015"))));
        person(me, Map.of("name", "Elsewhere", "affiliations", List.of(Map.of("organization", "Globex"))));
        String initech = get(me, "/api/v1/organizations?q=initech").json().get("items").get(0).get("id").asString();

        JsonNode members = get(me, "/api/v1/organizations/" + initech + "/members").json();

        assertThat(members.get("total").asLong()).isEqualTo(1);
        JsonNode member = members.get("items").get(0);
        assertThat(member.get("personId").asString()).isEqualTo(ada);
        assertThat(member.get("name").asString()).isEqualTo("Ada");
        assertThat(member.get("role").asString()).isEqualTo("works-at");
        assertThat(member.get("title").asString()).isEqualTo("Engineer");
        assertThat(member.get("start").asString()).isEqualTo("2015");
        problem(get(me, "/api/v1/organizations/01900000-0000-7000-8000-000000000000/members"), 404);
    }

    @Test
    void badOrDuplicateOrganizationsAreRefusedNamingTheField() {
        Caller me = newCaller();
        post(me, "/api/v1/organizations", Map.of("name", "Globex", "kind", "company"));

        assertThat(problem(post(me, "/api/v1/organizations", Map.of("name", "Nameless")), 400)
                .get("field").asString()).isEqualTo("kind");
        assertThat(problem(post(me, "/api/v1/organizations",
                Map.of("name", "Evil", "kind", "company", "website", "javascript:alert(1)")), 400)
                .get("field").asString()).isEqualTo("website");
        assertThat(problem(post(me, "/api/v1/organizations", Map.of("name", "globex", "kind", "company")), 409)
                .get("detail").asString()).contains("already exists");
        assertThat(get(me, "/api/v1/organizations").json().get("total").asLong()).isEqualTo(1);
    }
}
