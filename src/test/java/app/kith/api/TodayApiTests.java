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
    void aMeetingWithSomeoneYouKnowComesWithItsPrep() {
        Caller me = newCaller();
        String ada = person(me, Map.of("name", "Ada Prep", "circle", "inner", "birthday", "1985-07-08"));
        assertThat(post(me, "/api/v1/interactions", Map.of("participants", List.of(ada), "kind", "call",
                "direction", "asked", "date", "2025-06-20", "notes", "asked for a reference")).status()).isEqualTo(201);
        touch(me, ada, "mutual", "2025-06-01");
        Answer event = post(me, "/api/v1/events", Map.of("kind", "dinner", "title", "Dinner with Ada",
                "startsAt", "2025-06-30T12:00:00Z", "location", "Oslo", "people", List.of(ada)));
        assertThat(event.status()).as(event.toString()).isEqualTo(201);

        JsonNode today = get(me, "/api/v1/today?date=2025-06-30").json();

        assertThat(today.propertyNames()).contains("prep", "prepMore");
        assertThat(today.get("prepMore").asInt()).isZero();
        JsonNode card = today.get("prep").get(0);
        assertThat(card.propertyNames()).containsExactly("meeting", "when", "people", "alsoWith");
        JsonNode meeting = card.get("meeting");
        assertThat(meeting.propertyNames()).containsExactly("source", "id", "kind", "title", "startsAt", "date",
                "location", "people");
        assertThat(meeting.get("source").asString()).isEqualTo("calendar");
        assertThat(meeting.get("id").asString()).isEqualTo(event.json().get("id").asString());
        assertThat(meeting.get("kind").asString()).isEqualTo("dinner");
        assertThat(meeting.get("startsAt").asString()).isEqualTo("2025-06-30T12:00:00Z");
        assertThat(meeting.get("people").get(0).get("name").asString()).isEqualTo("Ada Prep");
        JsonNode prep = card.get("people").get(0);
        assertThat(prep.propertyNames()).containsExactly("person", "lastInteractions", "openAsks", "commonGround",
                "birthday", "achievements", "suggestion");
        assertThat(prep.get("person").get("id").asString()).isEqualTo(ada);
        JsonNode last = prep.get("lastInteractions").get(0);
        assertThat(last.propertyNames()).containsExactly("id", "date", "kind", "direction", "about");
        assertThat(last.get("direction").asString()).isEqualTo("asked");
        assertThat(last.get("about").asString()).isEqualTo("asked for a reference");
        JsonNode ask = prep.get("openAsks").get(0);
        assertThat(ask.propertyNames()).containsExactly("id", "direction", "date", "kind", "about", "said");
        assertThat(ask.get("said").asString()).startsWith("you asked 10 days ago");
        assertThat(prep.get("birthday").get("date").asString()).isEqualTo("2025-07-08");
        assertThat(prep.get("birthday").get("turns").asInt()).isEqualTo(40);
        assertThat(prep.get("achievements").isArray()).isTrue();
        assertThat(prep.get("suggestion").asString()).startsWith("bring birthday wishes");
        assertThat(card.get("alsoWith").isEmpty()).isTrue();
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
