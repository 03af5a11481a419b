package app.kith.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.conferences.ConferenceService;
import app.kith.conferences.EditionChanges;
import app.kith.conferences.SeriesChanges;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestPeople;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The feed, checked by parsing it back with ical4j (independent of Kith's writer) and byte by byte. */
class CalendarFeedTests {

    static String render(CalendarFeed feed, AccountId account) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feed.write(account, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    static Map<String, VEvent> byUid(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @DatabaseTest
    void feedParsesWithAnIndependentParserFoldsAtSeventyFiveOctetsAndEscapesText(
            CalendarFeed feed, CalendarService calendar, PeopleService people, ConferenceService conferences,
            AccountId account) throws Exception {
        String long_ = "Zoë Þórsdóttir-Ångström, \"Łukasz\"; Ωμέγα 李小龍 " + "ø".repeat(40);
        String zoe = TestPeople.add(people, account, long_, "inner", "--07-04", null);
        String lea = TestPeople.add(people, account, "Lea Lind", "inner", "1992-02-29", null);
        String bea = TestPeople.add(people, account, "Bea Brandt", "close", "1985-03-20", null);
        Event dinner = calendar.create(account, new EventChanges("dinner", "Dinner; wine, cheese\\bread", "2025-06-01",
                null, "2025-06-01T18:30:00Z", "2025-06-01T21:00:00Z", "Kafé Åland", "Line one\nLine two", List.of(zoe),
                null, null, null, null, null, null, null));
        Event trip = calendar.create(account, new EventChanges("reminder", "Trip", "2025-07-01", "2025-07-03", null,
                null, null, null, List.of(), null, null, null, "monthly", 2, null, 5));
        conferences.create(account, new SeriesChanges("JavaZone", null, 9, null));
        conferences.attend(account, "JavaZone", 2025, List.of(), "going");
        conferences.edition(account, "JavaZone", 2025, new EditionChanges("2025-09-03", "2025-09-04", "Oslo"));

        String ics = render(feed, account);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Map<String, VEvent> events = byUid(parse(ics));

        VEvent zoeBirthday = events.get("birthday-" + zoe + "@kith");
        assertThat(value(zoeBirthday, Property.SUMMARY)).isEqualTo(long_ + "'s birthday");
        assertThat(value(zoeBirthday, Property.DTSTART)).isEqualTo("16040704");
        assertThat(zoeBirthday.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow()
                .getValue()).isEqualTo("DATE");
        assertThat(zoeBirthday.getProperty(Property.DTSTART).orElseThrow().getParameter("X-APPLE-OMIT-YEAR"))
                .isPresent();
        assertThat(value(zoeBirthday, Property.RRULE)).isEqualTo("FREQ=YEARLY");
        VEvent leaBirthday = events.get("birthday-" + lea + "@kith");
        assertThat(value(leaBirthday, Property.DTSTART)).isEqualTo("19920229");
        assertThat(value(leaBirthday, Property.RRULE)).contains("BYMONTH=2", "BYMONTHDAY=-1");
        assertThat(value(events.get("birthday-" + bea + "@kith"), Property.SUMMARY))
                .as("never an age in a summary").isEqualTo("Bea Brandt's birthday");

        VEvent dinnerEvent = events.get("event-" + dinner.id() + "@kith");
        assertThat(value(dinnerEvent, Property.SUMMARY)).isEqualTo("Dinner; wine, cheese\\bread");
        assertThat(value(dinnerEvent, Property.DTSTART)).isEqualTo("20250601T183000Z");
        assertThat(value(dinnerEvent, Property.DTEND)).isEqualTo("20250601T210000Z");
        assertThat(value(dinnerEvent, Property.DESCRIPTION)).contains("With: " + long_, "Line one\nLine two");
        assertThat(value(dinnerEvent, Property.LOCATION)).isEqualTo("Kafé Åland");
        assertThat(ics).contains("SUMMARY:Dinner\\; wine\\, cheese\\\\bread");

        VEvent tripEvent = events.get("event-" + trip.id() + "@kith");
        assertThat(value(tripEvent, Property.DTSTART)).isEqualTo("20250701");
        assertThat(value(tripEvent, Property.DTEND)).as("exclusive end").isEqualTo("20250704");
        assertThat(value(tripEvent, Property.RRULE)).contains("FREQ=MONTHLY", "INTERVAL=2", "COUNT=5");

        assertThat(events.values().stream().map(e -> value(e, Property.SUMMARY)))
                .contains("JavaZone 2025", "Register for JavaZone");
        VEvent edition = events.values().stream().filter(e -> "JavaZone 2025".equals(value(e, Property.SUMMARY)))
                .findFirst().orElseThrow();
        assertThat(value(edition, Property.DTSTART)).isEqualTo("20250903");
        assertThat(value(edition, Property.DTEND)).isEqualTo("20250905");
        assertThat(value(edition, Property.LOCATION)).isEqualTo("Oslo");
    }

    @DatabaseTest
    void uidsAreStableFromOneRenderToTheNext(CalendarFeed feed, CalendarService calendar, PeopleService people,
                                            AccountId account) throws Exception {
        TestPeople.add(people, account, "Ann Example", "close", "1990-01-02", null);
        calendar.create(account, EventChanges.of("dinner", "2025-01-05", null, List.of()));

        assertThat(byUid(parse(render(feed, account))).keySet())
                .hasSize(2).isEqualTo(byUid(parse(render(feed, account))).keySet());
    }

    @DatabaseTest
    void aRotatedSecretOpensTheFeedAndTheOldOneStopsAtOnce(CalendarFeed feed, AccountId account, AccountId other) {
        String first = feed.rotate(account);
        assertThat(feed.account(first)).contains(account);

        String second = feed.rotate(account);

        assertThat(feed.account(first)).isEmpty();
        assertThat(feed.account(second)).contains(account);
        assertThat(feed.account(feed.rotate(other))).contains(other);
        feed.revoke(account);
        assertThat(feed.account(second)).isEmpty();
    }
}
