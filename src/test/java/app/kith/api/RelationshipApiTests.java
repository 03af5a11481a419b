package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RelationshipApiTests extends ApiTestSupport {
    private static final String UNKNOWN = "01900000-0000-7000-8000-000000000000";

    @Test
    void healthHasTheScoreItsReasonsInWordsAndReciprocity() {
        Caller me = newCaller();
        String dana = person(me, Map.of("name", "Dana Asks", "circle", "close"));
        touch(me, dana, "gave", "2025-05-01");
        touch(me, dana, "asked", "2025-05-10");
        touch(me, dana, "asked", "2025-05-16");

        Answer answer = get(me, "/api/v1/people/" + dana + "/health?date=2025-06-30");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode health = answer.json();
        assertThat(health.get("person").get("id").asString()).isEqualTo(dana);
        assertThat(health.get("score").asInt()).isEqualTo(52);
        assertThat(health.get("explanation").asString()).isEqualTo("last real touch 60 days ago, cadence 30"
                + " · your last 2 touches were asks · mostly asks: 2 of 3 touches in the last 12 months");
        assertThat(health.get("reasons").size()).isEqualTo(3);
        JsonNode reciprocity = health.get("reciprocity");
        assertThat(reciprocity.get("gave").asInt()).isEqualTo(1);
        assertThat(reciprocity.get("asked").asInt()).isEqualTo(2);
        assertThat(reciprocity.get("transactional").asBoolean()).isTrue();
    }

    @Test
    void healthOfYourselfUnknownPeopleOrABadDateIsAProblem() {
        Caller me = newCaller();
        String ann = person(me, Map.of("name", "Ann"));

        assertThat(problem(get(me, "/api/v1/people/self/health"), 400).get("field").asString()).isEqualTo("person");
        problem(get(me, "/api/v1/people/" + UNKNOWN + "/health"), 404);
        assertThat(problem(get(me, "/api/v1/people/" + ann + "/health?date=June"), 400).get("field").asString())
                .isEqualTo("date");
        assertThat(get(me, "/api/v1/people/" + ann + "/health").status()).as("today by default").isEqualTo(200);
    }

    @Test
    void trustSuggestionIsA200WhenHistorySupportsOneAndA204WhenNot() {
        Caller me = newCaller();
        String tom = person(me, Map.of("name", "Tom Three"));
        String una = person(me, Map.of("name", "Una Once"));
        touch(me, tom, "gave", "2025-01-10");
        touch(me, tom, "received", "2025-03-10");
        touch(me, tom, "mutual", "2025-05-10");
        touch(me, una, "gave", "2025-05-10");

        Answer suggested = get(me, "/api/v1/people/" + tom + "/trust-suggestion?date=2025-06-30");
        Answer none = get(me, "/api/v1/people/" + una + "/trust-suggestion?date=2025-06-30");

        assertThat(suggested.status()).as(suggested.toString()).isEqualTo(200);
        assertThat(suggested.json().get("current").asString()).isEqualTo("new");
        assertThat(suggested.json().get("suggested").asString()).isEqualTo("acquainted");
        assertThat(suggested.json().get("why").asString()).isEqualTo("3 real touches since 2025-01-10");
        assertThat(none.status()).as(none.toString()).isEqualTo(204);
        assertThat(none.body()).isEmpty();
        assertThat(get(me, "/api/v1/people/" + tom).json().get("person").get("trust").asString())
                .as("a suggestion is never applied").isEqualTo("new");
        assertThat(problem(get(me, "/api/v1/people/self/trust-suggestion"), 400).get("field").asString())
                .isEqualTo("person");
        problem(get(me, "/api/v1/people/" + UNKNOWN + "/trust-suggestion"), 404);
    }

    @Test
    void commonGroundSaysWhatYouShareInWords() {
        Caller me = newCaller();
        patch(me, "/api/v1/people/self", Map.of("tags", List.of("climbing", "jazz")));
        String cleo = person(me, Map.of("name", "Cleo Climber", "tags", List.of("Climbing")));

        Answer answer = get(me, "/api/v1/people/" + cleo + "/common-ground?date=2025-06-30");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("person").get("id").asString()).isEqualTo(cleo);
        JsonNode item = answer.json().get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("interest");
        assertThat(item.get("why").asString()).contains("climbing");
        assertThat(answer.json().get("items").size()).as("jazz is yours alone").isEqualTo(1);
    }

    @Test
    void commonGroundWithYourselfIsA400AndWithAnUnknownPersonA404() {
        Caller me = newCaller();

        assertThat(problem(get(me, "/api/v1/people/self/common-ground"), 400).get("field").asString())
                .isEqualTo("person");
        problem(get(me, "/api/v1/people/" + UNKNOWN + "/common-ground"), 404);
        problem(get(me, "/api/v1/people/not-an-id/common-ground"), 404);
    }
}
