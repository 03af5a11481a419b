package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/sources} and {@code /api/v1/suggestions}: the password goes in and never comes out
 * (no answer, no export holds it), bad input is a problem that names the field and changes nothing,
 * and a sync to a host this server's operator did not open is refused without a connection.
 */
class SourcesApiTests extends ApiTestSupport {
    private static final String PASSWORD = "app-password-Zq8$ never shown";

    private static Map<String, Object> imap(String host, int port) {
        return Map.of("kind", "imap", "host", host, "port", port, "tls", "none", "user", "me@example.org",
                "password", PASSWORD, "folders", List.of("INBOX", "Archive"), "startDate", "2026-01-01");
    }

    @Test
    void aSourceIsAddedChangedListedAndRemovedAndItsPasswordIsNeverInAnAnswer() {
        Caller me = newCaller();

        Answer created = post(me, "/api/v1/sources", imap("imap.example.org", 993));
        String id = created.json().get("id").asString();
        Answer changed = patch(me, "/api/v1/sources/" + id, Map.of("password", PASSWORD + " 2", "name", "Work",
                "paused", true, "subjects", true));
        Answer one = get(me, "/api/v1/sources/" + id);
        Answer all = get(me, "/api/v1/sources");
        Answer export = get(me, "/api/v1/export/json");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/sources/" + id);
        JsonNode source = one.json();
        assertThat(source.get("kind").asString()).isEqualTo("imap");
        assertThat(source.get("name").asString()).isEqualTo("Work");
        assertThat(source.get("passwordSet").asBoolean()).isTrue();
        assertThat(source.get("paused").asBoolean()).isTrue();
        assertThat(source.get("status").asString()).isEqualTo("new");
        assertThat(source.get("imap").get("folders").valueStream().map(JsonNode::asString))
                .containsExactly("INBOX", "Archive");
        assertThat(source.get("imap").get("tls").asString()).isEqualTo("none");
        assertThat(source.get("imap").get("subjects").asBoolean()).isTrue();
        assertThat(ids(all)).containsExactly(id);
        for (Answer answer : List.of(created, changed, one, all, export)) {
            assertThat(answer.status()).as(answer.toString()).isLessThan(300);
            assertThat(answer.body()).doesNotContain("app-password", "Zq8", "v1.");
        }

        Answer removed = delete(me, "/api/v1/sources/" + id + "?deleteCaptured=true");

        assertThat(removed.json().get("interactionsDeleted").asInt()).isZero();
        problem(get(me, "/api/v1/sources/" + id), 404);
    }

    @Test
    void aCalendarIsAddedByItsAddressWhichNoAnswerOrExportHolds() throws IOException {
        Caller me = newCaller();
        String secret = "https://calendar.example.org/calendar/ical/me%40example.org/private-s3cr3tT0ken/basic.ics";

        Answer created = post(me, "/api/v1/sources", Map.of("kind", "ics", "url", secret, "subjects", true));
        String id = created.json().get("id").asString();
        Answer changed = patch(me, "/api/v1/sources/" + id, Map.of("url", secret.replace("s3cr3t", "s3cr3t2"),
                "name", "Work calendar"));
        Answer mailboxField = patch(me, "/api/v1/sources/" + id, Map.of("host", "imap.example.org"));
        Answer notAUrl = post(me, "/api/v1/sources", Map.of("kind", "ics", "url", "ftp://x.example.org/s3cr3t.ics"));
        Answer noUrl = post(me, "/api/v1/sources", Map.of("kind", "ics"));
        Answer one = get(me, "/api/v1/sources/" + id);
        Answer all = get(me, "/api/v1/sources");
        Answer export = get(me, "/api/v1/export/json");
        Answer sync;
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String loopback = post(me, "/api/v1/sources", Map.of("kind", "ics", "url", "http://127.0.0.1:"
                    + listener.getLocalPort() + "/s3cr3t/basic.ics")).json().get("id").asString();
            sync = post(me, "/api/v1/sources/" + loopback + "/sync", null);
        }

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode source = one.json();
        assertThat(source.get("kind").asString()).isEqualTo("ics");
        assertThat(source.get("name").asString()).isEqualTo("Work calendar");
        assertThat(source.get("passwordSet").isNull()).as("a calendar has no password").isTrue();
        assertThat(source.get("calendar").get("host").asString()).isEqualTo("calendar.example.org");
        assertThat(source.get("calendar").get("address").asString())
                .isEqualTo("https://calendar.example.org/…/basic.ics");
        assertThat(source.get("calendar").get("subjects").asBoolean()).isTrue();
        assertThat(source.get("imap").isNull()).isTrue();
        assertThat(problem(mailboxField, 400).get("field").asString()).isEqualTo("host");
        assertThat(problem(notAUrl, 400).get("field").asString()).isEqualTo("url");
        assertThat(problem(noUrl, 400).get("field").asString()).isEqualTo("url");
        assertThat(sync.json().get("error").asString()).startsWith("refused: 127.0.0.1 is a loopback address");
        assertThat(sync.json().get("unit").asString()).isEqualTo("events");
        for (Answer answer : List.of(created, changed, mailboxField, notAUrl, noUrl, one, all, export, sync)) {
            assertThat(answer.body()).as(answer.toString()).doesNotContain("s3cr3t", "v1.");
        }
    }

    @Test
    void badSourcesAreProblemsThatNameTheFieldAndAddNothing() {
        Caller me = newCaller();

        assertThat(problem(post(me, "/api/v1/sources", Map.of("kind", "imap", "user", "u", "password", "p")), 400)
                .get("field").asString()).isEqualTo("host");
        assertThat(problem(post(me, "/api/v1/sources", Map.of("kind", "imap", "host", "https://mail.example.org/",
                "user", "u", "password", "p")), 400).get("detail").asString()).contains("only the server's name");
        assertThat(problem(post(me, "/api/v1/sources", Map.of("kind", "imap", "host", "mail.example.org",
                "tls", "tls9", "user", "u", "password", "p")), 400).get("field").asString()).isEqualTo("tls");
        assertThat(problem(post(me, "/api/v1/sources", Map.of("kind", "imap", "host", "mail.example.org",
                "user", "u")), 400).get("field").asString()).isEqualTo("password");
        assertThat(problem(post(me, "/api/v1/sources", Map.of("kind", "pop3", "host", "mail.example.org",
                "user", "u", "password", "p")), 400).get("field").asString()).isEqualTo("kind");
        assertThat(problem(post(me, "/api/v1/sources", Map.of("kind", "imap", "host", "mail.example.org",
                "port", 70000, "user", "u", "password", "p")), 400).get("field").asString()).isEqualTo("port");
        assertThat(problem(post(me, "/api/v1/sources", Map.of("kind", "imap", "host", "mail.example.org",
                "user", "u", "password", "p", "startDate", "March")), 400).get("field").asString())
                .isEqualTo("startDate");
        assertThat(ids(get(me, "/api/v1/sources"))).isEmpty();
    }

    @Test
    void aSyncToAHostTheOperatorDidNotOpenIsRefusedWithoutAConnectionAndShowsOnToday() throws IOException {
        Caller me = newCaller();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String id = post(me, "/api/v1/sources", imap("127.0.0.1", listener.getLocalPort())).json().get("id")
                    .asString();

            Answer sync = post(me, "/api/v1/sources/" + id + "/sync", null);

            assertThat(sync.status()).as(sync.toString()).isEqualTo(200);
            assertThat(sync.json().get("error").asString()).startsWith("refused: 127.0.0.1 is a loopback address");
            JsonNode problems = get(me, "/api/v1/today").json().get("sections").get("sources");
            assertThat(problems.get(0).get("sourceId").asString()).isEqualTo(id);
            assertThat(problems.get(0).get("error").asString()).isEqualTo(sync.json().get("error").asString());
            try (Socket mine = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                 Socket first = listener.accept()) {
                assertThat(first.getPort()).as("the first connection the listener sees is the test's own")
                        .isEqualTo(mine.getLocalPort());
            }
        }
    }

    @Test
    void suggestionsAreListedAndAnUnknownOneIsNotFound() {
        Caller me = newCaller();

        Answer none = get(me, "/api/v1/suggestions");

        assertThat(ids(none)).isEmpty();
        problem(post(me, "/api/v1/suggestions/01968a6e-0000-7000-8000-000000000001/accept", Map.of()), 404);
        problem(post(me, "/api/v1/suggestions/not-an-id/ignore", null), 404);
    }
}
