package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TodayApiTests extends ApiTestSupport {

    @Test
    void digestForADayHasTheFixedSectionsWithWhoWhyAndSince() {
        Caller me = newCaller();
        String ivy = person(me, Map.of("name", "Ivy Inner", "circle", "inner"));
        String fay = person(me, Map.of("name", "Fay Fresh", "circle", "close"));
        String bea = person(me, Map.of("name", "Bea Birthday", "circle", "inner", "birthday", "1985-07-10"));
        String sam = person(me, Map.of("name", "Sam Strained", "circle", "inner"));
        touch(me, ivy, "gave", "2025-06-01");
        touch(me, fay, "gave", "2025-06-25");
        touch(me, bea, "mutual", "2025-06-29");
        assertThat(post(me, "/api/v1/people/" + sam + "/bridge/strain", Map.of("whatHappened", "an argument",
                "coolingOffUntil", "2025-06-20", "firstStep", "send a short note")).status()).isEqualTo(200);

        Answer answer = get(me, "/api/v1/today?date=2025-06-30");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode today = answer.json();
        assertThat(today.propertyNames()).contains("reachOut", "upcoming", "noteCards", "bridges");
        assertThat(today.get("date").asString()).isEqualTo("2025-06-30");
        assertThat(today.get("reachOut").size()).as("only Ivy is overdue; Sam is strained").isEqualTo(1);
        JsonNode reachOut = today.get("reachOut").get(0);
        assertThat(reachOut.get("person").get("id").asString()).isEqualTo(ivy);
        assertThat(reachOut.get("person").get("name").asString()).isEqualTo("Ivy Inner");
        assertThat(reachOut.get("dueSince").asString()).isEqualTo("2025-06-15");
        assertThat(reachOut.get("reason").asString()).isNotBlank();
        assertThat(reachOut.get("suggestion").asString()).isNotBlank();
        JsonNode birthday = today.get("upcoming").get(0);
        assertThat(birthday.get("kind").asString()).isEqualTo("birthday");
        assertThat(birthday.get("person").get("id").asString()).isEqualTo(bea);
        assertThat(birthday.get("date").asString()).isEqualTo("2025-07-10");
        assertThat(birthday.get("turns").asInt()).isEqualTo(40);
        assertThat(today.get("noteCards").isArray()).isTrue();
        assertThat(today.get("bridges").get(0).get("person").get("id").asString()).isEqualTo(sam);
        assertThat(today.get("bridges").get(0).get("firstStep").asString()).isEqualTo("send a short note");
    }

    @Test
    void withoutADateTheDigestIsForTodayByTheClock() {
        Caller me = newCaller();

        Answer answer = get(me, "/api/v1/today");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("date").asString()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(answer.json().get("reachOut").isEmpty()).isTrue();
    }

    @Test
    void aBadDateIsA400NamingDate() {
        Caller me = newCaller();

        for (String bad : List.of("2025-13-01", "tomorrow", "30.06.2025")) {
            JsonNode problem = problem(get(me, "/api/v1/today?date=" + bad), 400);
            assertThat(problem.get("field").asString()).isEqualTo("date");
            assertThat(problem.get("detail").asString()).contains("date", "YYYY-MM-DD");
        }
    }
}
