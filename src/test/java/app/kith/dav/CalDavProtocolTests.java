package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.calendar.CalendarService;
import app.kith.calendar.Event;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CalDAV over real HTTP on both databases: a VEVENT PUT under a name of the client's becomes an event
 * keeping that name and its UID, with its attendee linked by email; it changes and goes under ETag
 * preconditions; time-range queries find it; birthdays are derived and refuse writes.
 */
class CalDavProtocolTests {
    private static final String DINNER = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Phone//EN\r
            BEGIN:VEVENT\r
            UID:phone-dinner-1\r
            DTSTAMP:20300101T000000Z\r
            DTSTART:20300501T180000Z\r
            DTEND:20300501T210000Z\r
            SUMMARY:Dinner with Ada\r
            CATEGORIES:dinner\r
            ATTENDEE;CN=Ada:mailto:ada@example.com\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void anEventFromAPhoneKeepsItsNameAndUidAndChangesUnderItsEtag(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        String ada = server.bean(PeopleService.class).create(client.account, PersonChanges.builder()
                .name("Ada Lovelace").emails(List.of("ada@example.com")).build()).id();
        String events = "/dav/calendars/" + client.email + "/events/";

        DavClient.Answer put = client.send("PUT", events + "A1B2-phone.ics", DINNER, "If-None-Match", "*",
                "Content-Type", "text/calendar");
        assertThat(put.status()).as(put.toString()).isEqualTo(201);
        List<Event> linked = server.bean(CalendarService.class).eventsOf(client.account, ada);
        assertThat(linked).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Dinner with Ada");
            assertThat(e.kind().wire()).isEqualTo("dinner");
        });
        DavClient.Answer get = client.send("GET", events + "A1B2-phone.ics", null);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.body()).contains("UID:phone-dinner-1", "SUMMARY:Dinner with Ada", "DTSTART:20300501T180000Z");
        String etag = get.header("ETag");

        assertThat(client.send("PUT", events + "A1B2-phone.ics", DINNER, "If-None-Match", "*").status()).isEqualTo(412);
        assertThat(client.send("PUT", events + "other.ics", DINNER).status()).as("the same UID under another name")
                .isEqualTo(409);
        assertThat(client.send("PUT", events + "A1B2-phone.ics", DINNER.replace("Dinner with Ada", "Supper"),
                "If-Match", "\"nope\"").status()).isEqualTo(412);
        assertThat(client.send("PUT", events + "A1B2-phone.ics", DINNER.replace("Dinner with Ada", "Supper"),
                "If-Match", etag).status()).isEqualTo(204);
        assertThat(server.bean(CalendarService.class).eventsOf(client.account, ada)).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Supper"));

        DavClient.Answer range = client.report(events, """
                <cal:calendar-query xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/></d:prop>
                <cal:filter><cal:comp-filter name="VCALENDAR"><cal:comp-filter name="VEVENT">
                <cal:time-range start="20300501T000000Z" end="20300502T000000Z"/></cal:comp-filter></cal:comp-filter>
                </cal:filter></cal:calendar-query>""");
        assertThat(range.responses()).containsOnlyKeys(events + "A1B2-phone.ics");
        assertThat(client.report(events, """
                <cal:calendar-query xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/></d:prop>
                <cal:filter><cal:comp-filter name="VCALENDAR"><cal:comp-filter name="VEVENT">
                <cal:time-range start="20300601T000000Z" end="20300602T000000Z"/></cal:comp-filter></cal:comp-filter>
                </cal:filter></cal:calendar-query>""").responses()).isEmpty();

        assertThat(client.send("DELETE", events + "A1B2-phone.ics", null).status()).isEqualTo(204);
        assertThat(server.bean(CalendarService.class).eventsOf(client.account, ada)).isEmpty();
        assertThat(client.send("GET", events + "A1B2-phone.ics", null).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void birthdaysAreDerivedAndBrokenEventsAreRefusedWithTheLine(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        String bob = server.bean(PeopleService.class).create(client.account, PersonChanges.builder()
                .name("Bob Stone").birthday("--02-29").build()).id();
        String birthdays = "/dav/calendars/" + client.email + "/birthdays/";

        DavClient.Answer listing = client.propfind(birthdays, "1", "<d:getetag/><cs:getctag/>");
        assertThat(listing.responses()).containsKeys(birthdays, birthdays + bob + ".ics");
        assertThat(client.send("GET", birthdays + bob + ".ics", null).body())
                .contains("DTSTART;VALUE=DATE;X-APPLE-OMIT-YEAR=1604:16040229", "BYMONTHDAY=-1");
        DavClient.Answer write = client.send("PUT", birthdays + "x.ics", DINNER);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.body()).contains("Birthdays come from your people");

        DavClient.Answer broken = client.send("PUT", "/dav/calendars/" + client.email + "/events/bad.ics",
                DINNER.replace("DTSTART:20300501T180000Z", "DTSTART:tomorrow"));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("bad.ics:7", "DTSTART");
    }
}
