package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.calendar.CalendarService;
import app.kith.calendar.EventChanges;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.testing.TestDatabases;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account's calendars used by a CalDAV client Kith did not write, the Python caldav library
 * (Debian's python3-caldav), on SQLite and PostgreSQL: the principal, both calendars, every event, a
 * time-range search, a multiget, and a sync-collection that hears of its own add and delete; an
 * event it adds becomes a Kith event linked to the attendee's person, one it adds and deletes is
 * gone, and birthdays refuse its writes.
 */
class CalDavClientTests {
    @BeforeEach
    void caldav() {
        Tools.need(Tools.PYTHON, "apt-get install -y python3");
        Tools.need(Tools.CALDAV, "apt-get install -y python3-caldav");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void aCalDavClientReadsBothCalendarsAndWritesEvents(TestDatabases.Vendor vendor) throws Exception {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        String ada = server.bean(PeopleService.class).create(client.account, PersonChanges.builder()
                .name("Ada Lovelace").birthday("--12-10").emails(List.of("ada@example.com")).build()).id();
        CalendarService calendar = server.bean(CalendarService.class);
        calendar.create(client.account, EventChanges.of("dinner", "2030-05-01", "Dinner at Ada's", List.of(ada)));
        calendar.create(client.account, EventChanges.of("achievement", "2030-07-01", "Ada's paper", List.of(ada)));

        JsonNode report = run(server, client, "2030-04-30", "2030-05-02");

        JsonNode events = report.get("calendars").get("Kith events");
        assertThat(events.get("all").valueStream().map(JsonNode::asString)).containsExactly("Ada's paper",
                "Dinner at Ada's");
        assertThat(events.get("inRange").valueStream().map(JsonNode::asString)).containsExactly("Dinner at Ada's");
        assertThat(events.get("multiget").asInt()).isEqualTo(2);
        assertThat(events.get("write").asString()).isEqualTo("accepted");
        assertThat(events.get("synced").get("updated").valueStream().map(JsonNode::asString))
                .as("its sync-collection from before its writes").containsExactly("From Python");
        assertThat(events.get("synced").get("deleted").asInt()).isEqualTo(1);
        JsonNode birthdays = report.get("calendars").get("Birthdays");
        assertThat(birthdays.get("all").valueStream().map(JsonNode::asString)).containsExactly("Ada Lovelace's birthday");
        assertThat(birthdays.get("write").asString()).as("birthdays are derived").isNotEqualTo("accepted");
        assertThat(birthdays.get("url").asString().replace("%40", "@")).endsWith("/dav/calendars/" + client.email + "/birthdays/");
        assertThat(calendar.page(client.account, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2), null, 100).items())
                .singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo("From Python");
                    assertThat(e.kind().wire()).isEqualTo("dinner");
                    assertThat(e.people()).extracting(p -> p.id()).containsExactly(ada);
                });
    }

    private static JsonNode run(DavServers.Server server, DavClient client, String from, String to) throws Exception {
        Path script = Files.createTempFile("caldav_client", ".py");
        try (InputStream in = CalDavClientTests.class.getResourceAsStream("caldav_client.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process process = new ProcessBuilder(Tools.PYTHON.toString(), script.toString(), server.url("/dav/"),
                client.email, client.password, from, to).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        return JsonMapper.builder().build().readTree(out);
    }
}
