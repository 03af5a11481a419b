package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.GeneratedFiles;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CalendarApiTests extends ApiTestSupport {

    private String feedPath(Caller caller) {
        Answer created = post(caller, "/api/v1/settings/calendar-feed", Map.of());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String url = created.json().get("url").asString();
        assertThat(url).matches("http://[^/]+/calendar/[A-Za-z0-9_-]{40,}\\.ics");
        return url.substring(url.indexOf("/calendar/"));
    }

    @Test
    void theFeedAddressNeverComesFromTheHostHeader() throws Exception {
        Caller me = newCaller();
        String answer;
        // A raw request: Java's HTTP client will not send a Host header of the caller's choosing.
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write(("POST /api/v1/settings/calendar-feed HTTP/1.1\r\nHost: evil.example\r\n"
                    + "X-Forwarded-Host: evil.example\r\nAuthorization: Bearer " + me.token() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                    .getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 201").doesNotContain("evil.example")
                .contains("\"url\":\"http://127.0.0.1:" + port + "/calendar/");
    }

    @Test
    void eventsCanBeCreatedListedByMonthAnsweredAndCongratulated() {
        Caller me = newCaller();
        String ann = person(me, Map.of("name", "Ann Host", "birthday", "--05-20"));
        Answer invitation = post(me, "/api/v1/events", Map.of("kind", "invitation", "date", "2025-05-10",
                "title", "Garden party", "invitedBy", ann));
        assertThat(invitation.status()).as(invitation.toString()).isEqualTo(201);
        assertThat(invitation.header("Location")).endsWith("/api/v1/events/" + invitation.json().get("id").asString());
        assertThat(invitation.json().get("rsvp").asString()).isEqualTo("needs-answer");
        String achievement = post(me, "/api/v1/events", Map.of("kind", "achievement", "date", "2025-05-02",
                "title", "Ann's book is out", "people", List.of(ann))).json().get("id").asString();

        Answer may = get(me, "/api/v1/events?month=2025-05");

        assertThat(may.status()).as(may.toString()).isEqualTo(200);
        assertThat(may.json().get("items").valueStream().map(e -> e.get("date").asString() + " "
                + e.get("kind").asString() + " " + e.get("title").asString()).toList())
                .containsExactly("2025-05-02 achievement Ann's book is out", "2025-05-10 invitation Garden party",
                        "2025-05-20 birthday Ann Host's birthday");
        String id = invitation.json().get("id").asString();
        Answer answered = post(me, "/api/v1/events/" + id + "/answer", Map.of("rsvp", "declined"));
        assertThat(answered.json().get("rsvp").asString()).isEqualTo("declined");
        problem(post(me, "/api/v1/events/" + id + "/answer", Map.of("rsvp", "maybe")), 400);
        Answer congratulated = post(me, "/api/v1/events/" + achievement + "/congratulate", Map.of());
        assertThat(congratulated.status()).as(congratulated.toString()).isEqualTo(201);
        assertThat(congratulated.json().get("direction").asString()).isEqualTo("gave");
        assertThat(get(me, "/api/v1/people/" + ann + "/events").json().size()).isEqualTo(2);
        problem(post(me, "/api/v1/events", Map.of("kind", "dinner", "date", "someday")), 400);
        problem(get(me, "/api/v1/events?month=May"), 400);
        assertThat(delete(me, "/api/v1/events/" + id).status()).isEqualTo(204);
        problem(get(me, "/api/v1/events/" + id), 404);
    }

    @Test
    void aBusyMonthComesAPageAtATimeAndFollowingNextGivesEveryEntryOnceInOrder() {
        Caller me = newCaller();
        LocalDate day = LocalDate.of(2025, 6, 11);
        Answer imported = send(request("/api/v1/import/ics").header("Authorization", "Bearer " + me.token())
                .header("Content-Type", "text/calendar").POST(HttpRequest.BodyPublishers.ofString(
                        GeneratedFiles.busyDay(day, 450, day.minusDays(20), 10))).build());
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(460);
        int june = 450 + 10 * 30;

        Answer first = get(me, "/api/v1/events?month=2025-06");
        List<String> paged = new ArrayList<>();
        Answer page = first;
        while (true) {
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("items").forEach(e -> paged.add(e.get("date").asString() + " " + e.get("id").asString()));
            String link = page.header("Link");
            if (link == null) {
                assertThat(page.json().get("next").isNull()).isTrue();
                break;
            }
            assertThat(link).matches("</api/v1/events\\?from=2025-06-01&to=2025-06-30&limit=200&cursor=[A-Za-z0-9_-]+>;"
                    + " rel=\"next\"").contains(page.json().get("next").asString());
            page = get(me, link.substring(1, link.indexOf('>')));
        }

        assertThat(first.json().get("items").size()).as("the default page").isEqualTo(200);
        assertThat(first.json().get("from").asString()).isEqualTo("2025-06-01");
        assertThat(paged).hasSize(june).doesNotHaveDuplicates();
        assertThat(paged.stream().map(e -> e.substring(0, 10)).toList()).isSorted();
        Answer whole = get(me, "/api/v1/events?from=2025-06-01&to=2025-06-30&limit=1000");
        assertThat(whole.json().get("items").valueStream().map(e -> e.get("date").asString() + " "
                + e.get("id").asString()).toList()).isEqualTo(paged);
        assertThat(whole.header("Link")).isNull();
    }

    @Test
    void aBadCursorOrLimitIsAProblemThatNamesIt() {
        Caller me = newCaller();

        for (String query : List.of("cursor=nonsense", "cursor=" + "A".repeat(300), "limit=0", "limit=1001",
                "limit=ten")) {
            JsonNode problem = problem(get(me, "/api/v1/events?month=2025-06&" + query), 400);
            String name = query.substring(0, query.indexOf('='));
            assertThat(problem.get("detail").asString()).as(query).contains(name);
        }
    }

    @Test
    void theFeedIsOpenByItsSecretOnlyParsesAndStopsWhenRotated() throws Exception {
        Caller me = newCaller();
        person(me, Map.of("name", "Bo, \"the\" Builder; Jr.", "birthday", "--02-29"));
        post(me, "/api/v1/events", Map.of("kind", "reminder", "date", "2025-01-01", "title", "Weekly review",
                "repeat", "weekly"));
        String path = feedPath(me);

        HttpResponse<String> feed = http(path);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .containsExactlyInAnyOrder("Bo, \"the\" Builder; Jr.'s birthday", "Weekly review");

        String newPath = feedPath(me);

        assertThat(http(path).statusCode()).isEqualTo(404);
        assertThat(http(newPath).statusCode()).isEqualTo(200);
        assertThat(http("/calendar/not-a-real-secret-at-all-1234567890.ics").statusCode()).isEqualTo(404);
        assertThat(get(me, "/api/v1/settings/calendar-feed").json().get("enabled").asBoolean()).isTrue();
        assertThat(delete(me, "/api/v1/settings/calendar-feed").status()).isEqualTo(204);
        assertThat(http(newPath).statusCode()).isEqualTo(404);
    }

    @Test
    void icsImportAndExportOverTheApi() throws Exception {
        Caller me = newCaller();
        String body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@example.org\r\n"
                + "DTSTART;VALUE=DATE:20250301\r\nSUMMARY:Imported\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        Answer imported = send(request("/api/v1/import/ics").header("Authorization", "Bearer " + me.token())
                .header("Content-Type", "text/calendar").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        Answer bad = send(request("/api/v1/import/ics").header("Authorization", "Bearer " + me.token())
                .header("Content-Type", "text/calendar")
                .POST(HttpRequest.BodyPublishers.ofString("BEGIN:VCALENDAR\r\nRRULE\r\n")).build());
        Answer exported = get(me, "/api/v1/export/ics");

        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(1);
        assertThat(problem(bad, 400).get("detail").asString()).startsWith("upload.ics:2: ");
        Calendar calendar = new CalendarBuilder().build(new StringReader(exported.body()));
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).singleElement()
                .satisfies(e -> assertThat(e.getProperty(Property.UID).orElseThrow().getValue())
                        .isEqualTo("x@example.org"));
    }

    @Test
    void conferencesTrackEditionsAttendanceAndMeetings() {
        Caller me = newCaller();
        String cy = person(me, Map.of("name", "Cy Coder"));
        Answer created = post(me, "/api/v1/conferences", Map.of("name", "JSConf", "usualMonth", 6));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(post(me, "/api/v1/conferences/" + id + "/editions", Map.of("year", 2024, "startsOn", "2024-06-01",
                "endsOn", "2024-06-02", "city", "Berlin")).status()).isEqualTo(200);
        String coffee = post(me, "/api/v1/interactions", Map.of("participants", List.of(cy), "kind", "coffee",
                "date", "2024-06-01")).json().get("id").asString();

        Answer met = post(me, "/api/v1/conferences/" + id + "/meetings", Map.of("year", 2024, "interactionId", coffee));

        assertThat(met.status()).as(met.toString()).isEqualTo(200);
        JsonNode page = get(me, "/api/v1/conferences/" + id).json();
        assertThat(page.get("series").get("name").asString()).isEqualTo("JSConf");
        assertThat(page.get("followUps").get(0).get("personId").asString()).isEqualTo(cy);
        assertThat(get(me, "/api/v1/conferences/" + id + "/follow-ups?year=2024").json().size()).isEqualTo(1);
        assertThat(post(me, "/api/v1/conferences/" + id + "/attendance", Map.of("year", 2024, "status", "went"))
                .json().get("attendees").size()).isEqualTo(2);
        problem(post(me, "/api/v1/conferences", Map.of("name", "jsconf")), 409);
        problem(post(me, "/api/v1/conferences/" + id + "/attendance", Map.of("status", "went")), 400);
    }

    @Test
    void noteCardsQueueAndPrint() throws Exception {
        Caller me = newCaller();
        String di = person(me, Map.of("name", "Đorđe Ñúñez", "circle", "inner"));
        Answer card = post(me, "/api/v1/note-cards", Map.of("personId", di, "occasion", "Congrats on the move",
                "writeBy", "2030-01-01"));
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        String id = card.json().get("id").asString();
        assertThat(get(me, "/api/v1/note-cards").json().get(0).get("status").asString()).isEqualTo("to-write");

        HttpResponse<byte[]> pdf = httpClient().send(request("/api/v1/note-cards/print")
                .header("Authorization", "Bearer " + me.token()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Congrats on the move", "Đorđe Ñúñez");
        }
        Answer mailed = patch(me, "/api/v1/note-cards/" + id, Map.of("status", "mailed"));
        assertThat(mailed.json().get("interactionId").asString()).isNotBlank();
        problem(patch(me, "/api/v1/note-cards/" + id, Map.of("status", "written")), 409);
        problem(post(me, "/api/v1/note-cards", Map.of("personId", di)), 400);
        assertThat(get(me, "/api/v1/note-cards/suggestions?date=2030-01-01").status()).isEqualTo(200);
    }

    private HttpResponse<String> http(String path) throws Exception {
        return httpClient().send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient httpClient() {
        return HttpClient.newHttpClient();
    }
}
