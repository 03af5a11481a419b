package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.sources.SourceChanges;
import app.kith.sources.SourceService;
import app.kith.testing.TestCalendars;
import app.kith.testing.TestDatabases;
import app.kith.testing.TestMail;
import app.kith.testing.TestMailboxes;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Sources and Suggestions pages for a signed-in user, over real HTTP, with a mailbox on the
 * tests' IMAP server (loopback, opened by this server's operator): add, sync now, the touches on the
 * person's timeline, a suggestion answered from Today, editing without retyping the password, and
 * removing with what was captured. No page ever holds the password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourcesPagesTests {
    private static final Path DATA = TestDatabases.tempDir();
    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    PeopleService people;
    @Autowired
    InteractionService interactions;
    @Autowired
    SourceService sources;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("kith.data", DATA::toString);
        registry.add("kith.db.url", () -> "");
        registry.add("kith.fetch-allow", () -> "127.0.0.1");
    }

    private SignedIn session;

    private AccountId signIn() throws Exception {
        String email = "sources-" + UUID.randomUUID() + "@example.com";
        AccountId account = accounts.create(email, "Page Owner", PASSWORD).id();
        session = SignedIn.as(port, email, PASSWORD);
        return account;
    }

    private static Map<String, String> form(String mailbox) {
        return Map.of("host", "127.0.0.1", "port", Integer.toString(TestMailboxes.imapPort()), "tls", "none",
                "user", mailbox, "password", TestMailboxes.PASSWORD, "folders", "", "startDate", "2026-01-01",
                "mode", "mailbox", "name", "");
    }

    @Test
    void aMailboxIsAddedSyncedAnsweredFromTodayAndRemovedWithWhatItCaptured() throws Exception {
        AccountId me = signIn();
        String ada = people.create(me, PersonChanges.builder().name("Ada <b>Bold</b>")
                .emails(List.of("ada@example.org")).build()).id();
        String mailbox = TestMailboxes.newMailbox("pages");
        TestMailboxes.put(mailbox, "INBOX", TestMail.from("Ada <ada@example.org>").to(mailbox).id("p1@example.org")
                .at("2026-03-02T09:00:00Z"));
        TestMailboxes.put(mailbox, "Sent", TestMail.from(mailbox).to("Lea <lea@example.org>").id("p2@example.org")
                .at("2026-03-03T09:00:00Z"));

        HttpResponse<String> added = post("/sources", form(mailbox));
        String id = sources.list(me).getFirst().id();
        HttpResponse<String> synced = post("/sources/" + id + "/sync", Map.of());
        String list = get("/sources").body();
        String edit = get("/sources/" + id).body();

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(synced.statusCode()).isEqualTo(200);
        assertThat(synced.body()).contains(mailbox + ": read 2 messages, logged 1 touches, 1 for suggestions.");
        assertThat(list).contains(mailbox, "1 touches captured", "Last sync");
        assertThat(edit).contains("saved; type a new one to replace it");
        for (String page : List.of(added.body(), synced.body(), list, edit)) {
            assertThat(page).doesNotContain(TestMailboxes.PASSWORD);
        }
        assertThat(get("/people/" + ada).body()).contains("from mail");

        String today = get("/").body();
        assertThat(today).contains("People you write to", "You exchanged 1 email with Lea &lt;lea@example.org&gt; since March.");
        String suggestion = today.replaceAll("(?s).*action=\"/suggestions/([^/\"]+)/accept\".*", "$1");
        HttpResponse<String> accepted = post("/suggestions/" + suggestion + "/accept", Map.of("from", "today"));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).isEqualTo("/");
        assertThat(people.withEmails(me, List.of("lea@example.org"))).containsKey("lea@example.org");

        HttpResponse<String> saved = post("/sources/" + id, Map.of("host", "127.0.0.1", "port",
                Integer.toString(TestMailboxes.imapPort()), "tls", "none", "user", mailbox, "password", "",
                "folders", "INBOX, Sent", "startDate", "2026-01-01", "mode", "mailbox", "name", "Work mail"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(post("/sources/" + id + "/sync", Map.of()).body()).as("the password kept")
                .contains("Work mail: read 0 messages");

        assertThat(get("/sources/" + id + "/remove").body()).contains("Remove and delete the 2 touches it captured");
        HttpResponse<String> removed = post("/sources/" + id + "/remove", Map.of("deleteCaptured", "true"));

        assertThat(removed.headers().firstValue("Location").orElseThrow()).isEqualTo("/sources?removed=2");
        assertThat(interactions.list(me, InteractionFilter.all(), Page.Request.of(0, 10)).items()).isEmpty();
        assertThat(sources.list(me)).isEmpty();
    }

    @Test
    void aCalendarIsAddedByItsAddressWhichNoPageShowsAndPreparesTomorrowsMeetingOnToday() throws Exception {
        AccountId me = signIn();
        people.create(me, PersonChanges.builder().name("Ada <b>Bold</b>").emails(List.of("ada@example.org")).build());
        String soon = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(Instant.now().plus(Duration.ofHours(20)));
        Map.Entry<String, TestCalendars.Published> calendar = TestCalendars.publish("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                + "PRODID:-//Kith//tests//EN\r\nBEGIN:VEVENT\r\nUID:lunch@example.org\r\nDTSTART:20260302T120000Z\r\n"
                + "SUMMARY:Lunch\r\nATTENDEE:mailto:ada@example.org\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
                + "UID:plan@example.org\r\nDTSTART:" + soon + "\r\nSUMMARY:Plan <script>x</script>\r\n"
                + "ATTENDEE:mailto:ada@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        HttpResponse<String> bad = post("/sources", Map.of("kind", "ics", "url", "gopher://x.example.org/secret-y"));
        HttpResponse<String> added = post("/sources", Map.of("kind", "ics", "url", calendar.getKey(), "startDate",
                "2026-01-01", "name", ""));
        String id = sources.list(me).getFirst().id();
        HttpResponse<String> synced = post("/sources/" + id + "/sync", Map.of());
        String list = get("/sources").body();
        String edit = get("/sources/" + id).body();
        String today = get("/").body();

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("must be an http:// or https:// address");
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(synced.body()).contains("127.0.0.1: read 2 events, logged 1 touches, 0 for suggestions.");
        assertThat(list).as("the address masked").contains("calendar at http://127.0.0.1:",
                "/…/basic.ics · 1 meetings captured");
        assertThat(edit).contains("saved; paste a new one to replace it");
        assertThat(today).contains("Plan &lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x");
        for (String page : List.of(bad.body(), added.body(), synced.body(), list, edit, today)) {
            assertThat(page).doesNotContain("secret-");
        }

        HttpResponse<String> saved = post("/sources/" + id, Map.of("kind", "ics", "url", "", "startDate", "2026-01-01",
                "name", "Work calendar"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(post("/sources/" + id + "/sync", Map.of()).body()).as("the address kept; 304")
                .contains("Work calendar: read 0 events");
        calendar.getValue().serve("not a calendar");
        sources.update(me, id, new SourceChanges(null, null, null, null, null, null, null, null, "2025-01-01", null,
                null, null, null));
        post("/sources/" + id + "/sync", Map.of());
        assertThat(get("/").body()).contains("Work calendar could not be synced: what 127.0.0.1 sent is not a"
                + " calendar Kith can read");
        assertThat(get("/sources").body()).contains("what 127.0.0.1 sent is not a calendar Kith can read");
    }

    @Test
    void aBadFormIsShownAgainWithWhatIsWrongButNeverThePassword() throws Exception {
        AccountId me = signIn();

        HttpResponse<String> bad = post("/sources", Map.of("host", "imap://mail.example.org", "user", "me",
                "password", "do-not-echo-this", "tls", "ssl", "mode", "mailbox"));

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("is an address, not a host name").doesNotContain("do-not-echo-this");
        assertThat(sources.list(me)).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return session.get(path);
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return session.post(path, form);
    }
}
