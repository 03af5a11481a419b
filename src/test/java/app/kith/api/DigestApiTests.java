package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.digest.UnsubscribeLinks;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The digest over HTTP: its settings, content, test send, manual send and delivery log in the API,
 * and the unsubscribe link's pages, which work without signing in. This server has no mail server
 * and no KITH_BASE_URL, and its outbound guard lets nothing private through.
 */
class DigestApiTests extends ApiTestSupport {
    @Autowired
    ApplicationContext context;

    @Test
    void settingsStartAsKithsSuggestionAndSayWhatTheServerLacks() {
        Caller me = newCaller();

        JsonNode settings = get(me, "/api/v1/settings/digest").json();

        assertThat(settings.get("asked").asBoolean()).isFalse();
        assertThat(settings.get("enabled").asBoolean()).isFalse();
        assertThat(settings.get("frequency").asString()).isEqualTo("weekly");
        assertThat(settings.get("day").asString()).isEqualTo("monday");
        assertThat(settings.get("hour").asInt()).isEqualTo(8);
        assertThat(settings.get("email").asBoolean()).isTrue();
        assertThat(settings.get("problems").toString()).contains("KITH_SMTP_URL", "KITH_BASE_URL");
    }

    @Test
    void aGoodChangeIsSavedAndABadOneIsAProblemThatChangesNothing() {
        Caller me = newCaller();
        Answer saved = send(me, "PUT", "/api/v1/settings/digest", Map.of("enabled", true, "frequency", "daily",
                "hour", 7, "zone", "Pacific/Kiritimati"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("nextDueAt").isNull()).isFalse();

        JsonNode zone = problem(send(me, "PUT", "/api/v1/settings/digest", Map.of("zone", "Nowhere/Land")), 400);
        JsonNode webhook = problem(send(me, "PUT", "/api/v1/settings/digest",
                Map.of("webhookUrl", "http://127.0.0.1:9/hook")), 400);
        problem(send(me, "PUT", "/api/v1/settings/digest", Map.of("hour", "eight")), 400);
        problem(send(me, "PUT", "/api/v1/settings/digest", Map.of("colour", "blue")), 400);

        assertThat(zone.get("field").asString()).isEqualTo("zone");
        assertThat(webhook.get("detail").asString()).contains("refused", "loopback", "KITH_FETCH_ALLOW");
        JsonNode now = get(me, "/api/v1/settings/digest").json();
        assertThat(now.get("zone").asString()).isEqualTo("Pacific/Kiritimati");
        assertThat(now.get("webhook").isNull()).isTrue();
        assertThat(now.get("hour").asInt()).isEqualTo(7);
    }

    @Test
    void theDigestOfADayIsJsonWithAtMostFiveReachOutsAndTheRestCounted() {
        Caller me = newCaller();
        for (int i = 0; i < 7; i++) {
            String friend = person(me, Map.of("name", "Friend " + i, "circle", "inner"));
            touch(me, friend, "gave", "2025-01-01");
        }

        Answer answer = get(me, "/api/v1/digest?date=2025-06-30");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode digest = answer.json();
        assertThat(digest.get("date").asString()).isEqualTo("2025-06-30");
        assertThat(digest.get("reachOut").size()).isEqualTo(5);
        assertThat(digest.get("reachOutMore").asInt()).isEqualTo(2);
        assertThat(digest.get("reachOut").get(0).get("suggestion").asString()).isNotBlank();
        assertThat(digest.propertyNames()).contains("birthdays", "achievements", "invitations", "noteCards",
                "conferences", "bridges", "moreWaiting");
        problem(get(me, "/api/v1/digest?date=2025-02-30"), 400);
    }

    @Test
    void aTestSendAndASendNowShowTheServersAnswerAndTheLogKeepsTheFailure() {
        Caller me = newCaller();
        String friend = person(me, Map.of("name", "Tess Test", "circle", "inner"));
        touch(me, friend, "gave", "2025-01-01");

        Answer test = post(me, "/api/v1/settings/digest/test", Map.of("channel", "email"));
        Answer sent = post(me, "/api/v1/digest/send", Map.of());

        assertThat(test.status()).as(test.toString()).isEqualTo(200);
        assertThat(test.json().get("ok").asBoolean()).isFalse();
        assertThat(test.json().get("answer").asString()).contains("KITH_SMTP_URL");
        assertThat(sent.json().get(0).get("outcome").asString()).isEqualTo("failed");
        JsonNode log = get(me, "/api/v1/deliveries").json();
        assertThat(log.get("total").asInt()).isEqualTo(1);
        assertThat(log.get("items").get(0).get("status").asString()).isEqualTo("failed");
        assertThat(log.get("items").get(0).get("lastError").asString()).contains("KITH_SMTP_URL");
        assertThat(problem(post(me, "/api/v1/settings/digest/test", Map.of("channel", "pigeon")), 400)
                .get("detail").asString()).contains("email, webhook");
    }

    @Test
    void theUnsubscribeLinkAsksFirstAndAMailClientsOneClickPostStopsTheDigest() {
        Caller me = newCaller();
        send(me, "PUT", "/api/v1/settings/digest", Map.of("enabled", true));
        String token = UnsubscribeLinks.token(context, me.account(), LocalDate.now(clock));
        String email = accounts.get(me.account()).email();

        Answer page = send(request("/digest/unsubscribe/" + token).GET().build());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(email, "Stop the digest");
        assertThat(get(me, "/api/v1/settings/digest").json().get("enabled").asBoolean()).as("opening it changed nothing")
                .isTrue();

        Answer oneClick = send(request("/digest/unsubscribe/" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());

        assertThat(oneClick.status()).as(oneClick.toString()).isEqualTo(200);
        assertThat(oneClick.body()).contains("no more digests");
        assertThat(get(me, "/api/v1/settings/digest").json().get("enabled").asBoolean()).isFalse();
        for (String bad : List.of("nonsense", token.substring(0, token.length() - 3) + "abc")) {
            assertThat(send(request("/digest/unsubscribe/" + bad).GET().build()).status()).isEqualTo(404);
            assertThat(send(request("/digest/unsubscribe/" + bad).POST(HttpRequest.BodyPublishers.noBody()).build())
                    .status()).isEqualTo(404);
        }
    }

    @Test
    void aDigestsLogATouchLinkNeedsSigningInAndNeverWritesOnGet() {
        Caller me = newCaller();
        String friend = person(me, Map.of("name", "Lou Link", "circle", "inner"));

        Answer link = send(request("/log/touch/" + friend).GET().build());

        assertThat(link.status()).isEqualTo(302);
        assertThat(link.header("Location")).endsWith("/login");
        assertThat(get(me, "/api/v1/interactions?person=" + friend).json().get("total").asInt()).isZero();
    }
}
