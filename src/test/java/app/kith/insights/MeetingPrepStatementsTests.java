package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.calendar.CalendarService;
import app.kith.calendar.EventChanges;
import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.digest.DigestService;
import app.kith.digest.DigestSettingsChanges;
import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionKind;
import app.kith.interactions.InteractionService;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationContext;

/**
 * Meeting prep keeps Today cheap: everyone prepared is read together, so Today sends the same number
 * of statements for one meeting as for five, and for five in a network of fifteen people as in one
 * with hundreds more around them (their interactions, ties and events).
 */
class MeetingPrepStatementsTests {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 15);
    /**
     * What Today costs with meetings to prepare (26 without, 42 with: the sources module's two sections, failing
     * sources and suggestions, add one statement each, and so does reading the calendar sources' upcoming
     * meetings, one query whatever their number); a change that adds statements says why.
     */
    private static final int MOST = 42;

    @DatabaseTest
    void todayCostsTheSameStatementsForOneMeetingOrFiveWhateverTheSizeOfTheNetwork(TestDatabases.Vendor vendor,
                                                                                    TodayService today,
                                                                                    AccountId account) {
        Fixture f = new Fixture(vendor, account);
        List<List<String>> guests = IntStream.range(0, 5).mapToObj(i -> f.furnishedPeople("Guest " + i + "-", 3))
                .toList();
        f.meeting("Meeting 0", guests.get(0));
        int none = DatabaseWork.statements(vendor, () -> today.today(account, DAY.minusDays(10)));
        int one = DatabaseWork.statements(vendor, () -> today.today(account, DAY));
        for (int i = 1; i < 5; i++) {
            f.meeting("Meeting " + i, guests.get(i));
        }
        int five = DatabaseWork.statements(vendor, () -> today.today(account, DAY));
        f.growAround(guests.stream().flatMap(List::stream).toList(), 300);
        int fiveInALargeNetwork = DatabaseWork.statements(vendor, () -> today.today(account, DAY));

        assertThat(today.today(account, DAY).prep()).hasSize(5).allSatisfy(p -> assertThat(p.people()).hasSize(3));
        System.out.printf("%s: Today sends %d statements without a meeting, %d with one, %d with five, %d with five"
                + " among 300 more people%n", vendor, none, one, five, fiveInALargeNetwork);
        assertThat(five).isEqualTo(one);
        assertThat(fiveInALargeNetwork).isEqualTo(five);
        assertThat(five).isLessThanOrEqualTo(MOST);
    }

    /** An account (in UTC) whose people have everything a card shows. */
    private static final class Fixture {
        final AccountId account;
        final PeopleService people;
        final InteractionService interactions;
        final ConnectionService connections;
        final OrganizationService organizations;
        final CalendarService calendar;

        Fixture(TestDatabases.Vendor vendor, AccountId account) {
            ApplicationContext context = TestDatabases.context(vendor);
            this.account = account;
            people = context.getBean(PeopleService.class);
            interactions = context.getBean(InteractionService.class);
            connections = context.getBean(ConnectionService.class);
            organizations = context.getBean(OrganizationService.class);
            calendar = context.getBean(CalendarService.class);
            context.getBean(DigestService.class).update(account,
                    new DigestSettingsChanges(false, null, null, null, "UTC", null, null));
            organizations.addAffiliation(account, new AffiliationChanges("self", null, "MIT", "school", null, null,
                    "2010", "2012"));
            people.update(account, people.selfId(account), PersonChanges.builder().tags(List.of("chess")).build());
        }

        /**
         * People with history, an open ask, a school and a tag shared with you, ties to you and to each other,
         * an achievement and a birthday soon.
         */
        List<String> furnishedPeople(String prefix, int count) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = people.create(account, PersonChanges.builder().name(prefix + i).circle("close")
                        .birthday("1990-03-2" + i).tags(List.of("chess")).build()).id();
                organizations.addAffiliation(account, new AffiliationChanges(id, null, "MIT", "school", null, null,
                        "2011", "2013"));
                connections.connect(account, new ConnectionChanges("self", id, "knows", 3, null));
                if (!ids.isEmpty()) {
                    connections.connect(account, new ConnectionChanges(ids.getLast(), id, "colleague", 4, null));
                }
                calendar.create(account, EventChanges.of("achievement", "2025-03-0" + (i + 1), prefix + i + " launched",
                        List.of(id)));
                List<Interaction> history = new ArrayList<>();
                for (int d = 0; d < 4; d++) {
                    history.add(new Interaction(Ids.newId(), InteractionKind.COFFEE,
                            d == 3 ? Direction.ASKED : Direction.GAVE, DAY.minusDays(40 - 10L * d), "notes " + d,
                            List.of(id), Instant.now()));
                }
                interactions.logAll(account, history);
                ids.add(id);
            }
            return ids;
        }

        void meeting(String title, List<String> with) {
            calendar.create(account, new EventChanges("dinner", title, null, null,
                    DAY.atTime(12, 0).toInstant(ZoneOffset.UTC).toString(), null, null, null, with, null,
                    null, null, null, null, null, null));
        }

        /**
         * Many more people around the guests: each met them, knows them and shares their interests, and the
         * calendar fills with events of other people and events of nobody in the same days.
         */
        void growAround(List<String> guests, int count) {
            List<String> others = people.createAll(account, IntStream.range(0, count).mapToObj(i ->
                    PersonChanges.builder().name("Other " + i).circle("network").tags(List.of("chess")).build()).toList());
            List<Interaction> met = new ArrayList<>();
            for (int i = 0; i < others.size(); i++) {
                String guest = guests.get(i % guests.size());
                met.add(new Interaction(Ids.newId(), InteractionKind.DINNER, Direction.MUTUAL, DAY.minusDays(i % 60 + 1),
                        "with " + i, List.of(guest, others.get(i)), Instant.now()));
                met.add(new Interaction(Ids.newId(), InteractionKind.CALL, Direction.ASKED, DAY.minusDays(i % 80 + 1),
                        null, List.of(guest, others.get(i)), Instant.now()));
                connections.connect(account, new ConnectionChanges(guest, others.get(i), "knows", 1 + i % 5, null));
                if (i % 10 == 0) {
                    calendar.create(account, EventChanges.of("reminder", DAY.plusDays(i % 2).toString(), "Nobody's " + i,
                            List.of()));
                    calendar.create(account, EventChanges.of("dinner", DAY.plusDays(3 + i % 5).toString(),
                            "Later with " + i, List.of(others.get(i))));
                }
            }
            interactions.logAll(account, met);
        }
    }
}
