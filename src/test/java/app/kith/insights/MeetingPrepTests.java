package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.calendar.CalendarService;
import app.kith.calendar.EventChanges;
import app.kith.digest.DigestService;
import app.kith.digest.DigestSettingsChanges;
import app.kith.interactions.Direction;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestDatabases;
import app.kith.testing.TestPeople;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;

/**
 * Meeting prep on Today (issue 15): which meetings get a card, and what each card says about the
 * people, on SQLite and PostgreSQL. The account lives in Oslo (UTC+1 in March), so a day's 48 hours
 * start at 23:00 UTC the evening before.
 */
class MeetingPrepTests {
    /** A Saturday; its 48 hours run from 2025-03-14T23:00Z to 2025-03-16T23:00Z. */
    private static final LocalDate DAY = LocalDate.of(2025, 3, 15);

    /** An account in Oslo with its people, their history and a calendar around {@link #DAY}. */
    private static final class Network {
        final AccountId account;
        final PeopleService people;
        final InteractionService interactions;
        final CalendarService calendar;

        Network(TestDatabases.Vendor vendor, AccountId account) {
            ApplicationContext context = TestDatabases.context(vendor);
            this.account = account;
            people = context.getBean(PeopleService.class);
            interactions = context.getBean(InteractionService.class);
            calendar = context.getBean(CalendarService.class);
            context.getBean(DigestService.class).update(account,
                    new DigestSettingsChanges(false, null, null, null, "Europe/Oslo", null, null));
        }

        String person(String name, String circle, String birthday) {
            return TestPeople.add(people, account, name, circle, birthday, null);
        }

        void log(String person, String kind, String direction, String date, String notes) {
            interactions.log(account, new InteractionChanges(List.of(person), kind, direction, date, notes));
        }

        String at(String kind, String title, String startsAt, String... with) {
            return calendar.create(account, new EventChanges(kind, title, null, null, startsAt, null, null, null,
                    List.of(with), null, null, null, null, null, null, null)).id();
        }

        String allDay(String kind, String title, String date, String... with) {
            return calendar.create(account, EventChanges.of(kind, date, title, List.of(with))).id();
        }
    }

    @DatabaseTest
    void meetingsOfTheNext48HoursWithPeopleYouKnowGetACardSoonestFirst(TestDatabases.Vendor vendor,
                                                                      TodayService today, AccountId account) {
        Network n = new Network(vendor, account);
        String ada = n.person("Ada Lovelace", "inner", null);
        String ben = n.person("Ben Brooks", "close", null);
        String dana = n.person("Dana Diaz", "network", null);
        String cleo = n.person("Cleo Cole", "network", null);
        n.at("dinner", "Dinner with Ada", "2025-03-15T17:30:00Z", ada);
        n.allDay("reminder", "Ben's farewell", "2025-03-16", ben, "self");
        n.calendar.create(account, new EventChanges("reminder", "Weekly call with Dana", null, null,
                "2025-03-02T09:00:00Z", null, null, null, List.of(dana), null, null, null, "weekly", null, null, null));
        n.at("dinner", "Too late: Monday breakfast", "2025-03-16T23:00:00Z", ada);
        n.at("dinner", "Too early: Friday drinks", "2025-03-14T22:30:00Z", ada);
        n.allDay("dinner", "Too early: all of Friday", "2025-03-14", ada);
        n.calendar.create(account, new EventChanges("invitation", "Declined party", "2025-03-15", null, null, null,
                null, null, List.of(cleo), cleo, null, "declined", null, null, null, null));
        n.allDay("achievement", "Cleo's launch", "2025-03-15", cleo);
        n.allDay("dinner", "Nobody linked", "2025-03-15");
        n.allDay("dinner", "Only me", "2025-03-15", "self");

        Today digest = today.today(account, DAY);

        assertThat(digest.prep()).extracting(p -> p.meeting().title(), MeetingPrep::when)
                .containsExactly(
                        tuple("Dinner with Ada", "today at 18:30"),
                        tuple("Ben's farewell", "tomorrow"),
                        tuple("Weekly call with Dana", "tomorrow at 10:00"));
        assertThat(digest.prepMore()).isZero();
        MeetingPrep farewell = digest.prep().get(1);
        assertThat(farewell.meeting().source()).isEqualTo("calendar");
        assertThat(farewell.meeting().kind()).isEqualTo("reminder");
        assertThat(farewell.meeting().date()).isEqualTo(LocalDate.of(2025, 3, 16));
        assertThat(farewell.meeting().people()).as("never yourself").extracting(PersonRef::name)
                .containsExactly("Ben Brooks");
        assertThat(farewell.people()).extracting(p -> p.person().id()).containsExactly(ben);
        assertThat(digest.prep().get(2).meeting().startsAt()).isEqualTo("2025-03-16T09:00:00Z");
    }

    @DatabaseTest
    void aCardRecallsTheLastThreeInteractionsOpenAsksCommonGroundNewsAndAGive(TestDatabases.Vendor vendor,
                                                                             TodayService today,
                                                                             OrganizationService organizations,
                                                                             AccountId account) {
        Network n = new Network(vendor, account);
        String ada = n.person("Ada Lovelace", "inner", "1985-03-20");
        n.log(ada, "coffee", "gave", "2025-01-10", "the oldest: not shown");
        n.log(ada, "call", "mutual", "2025-02-01", "talked about engines");
        n.log(ada, "message", "asked", "2025-03-01", "asked for an intro to Bob");
        n.log(ada, "email", "neutral", "2025-03-10", "<script>alert(1)</script>\n  second   line");
        for (String who : List.of("self", ada)) {
            organizations.addAffiliation(account, new AffiliationChanges(who, null, "MIT", "school", null, null,
                    "2010", "2012"));
        }
        n.allDay("achievement", "Promoted to CTO", "2025-03-05", ada);
        n.allDay("achievement", "Too old to be news", "2025-02-01", ada);
        n.at("dinner", "Dinner with Ada", "2025-03-15T17:30:00Z", ada);

        PersonPrep prep = today.today(account, DAY).prep().getFirst().people().getFirst();

        assertThat(prep.person().name()).isEqualTo("Ada Lovelace");
        assertThat(prep.lastInteractions()).extracting(PastTouch::date, PastTouch::about).containsExactly(
                tuple(LocalDate.of(2025, 3, 10), "<script>alert(1)</script> second line"),
                tuple(LocalDate.of(2025, 3, 1), "asked for an intro to Bob"),
                tuple(LocalDate.of(2025, 2, 1), "talked about engines"));
        assertThat(prep.openAsks()).singleElement().satisfies(a -> {
            assertThat(a.direction()).isEqualTo(Direction.ASKED);
            assertThat(a.about()).isEqualTo("asked for an intro to Bob");
            assertThat(a.said()).isEqualTo("you asked 14 days ago (2025-03-01) and have given nothing since");
        });
        assertThat(prep.commonGround()).first().extracting(CommonGroundItem::why)
                .isEqualTo("you were both at MIT in 2010–2012");
        assertThat(prep.birthday()).extracting(Upcoming::title, Upcoming::inDays).containsExactly("Ada Lovelace turns 40", 5);
        assertThat(prep.achievements()).extracting(Achievement::title).containsExactly("Promoted to CTO");
        assertThat(prep.suggestion()).isEqualTo("congratulate them on Promoted to CTO");
    }

    @DatabaseTest
    void anAskIsOpenUntilATouchThatGivesAndAFavourReceivedLikewise(TestDatabases.Vendor vendor, TodayService today,
                                                                   AccountId account) {
        Network n = new Network(vendor, account);
        String closed = n.person("Cora Closed", "close", null);
        n.log(closed, "call", "asked", "2025-03-01", "a reference");
        n.log(closed, "gift", "gave", "2025-03-05", "sent a book");
        String owed = n.person("Owen Owed", "close", null);
        n.log(owed, "favor", "received", "2025-03-12", "lent me his van");
        n.log(owed, "call", "asked", "2024-12-01", "older than 90 days: not open any more");
        n.log(owed, "email", "neutral", "2025-03-13", "a neutral touch gives nothing back");
        String mostlyAsks = n.person("Mo Asks", "network", null);
        n.log(mostlyAsks, "call", "asked", "2024-10-01", null);
        n.log(mostlyAsks, "call", "asked", "2024-11-01", null);
        n.log(mostlyAsks, "coffee", "mutual", "2024-11-20", null);
        n.at("reminder", "All three", "2025-03-15T09:00:00Z", closed, owed, mostlyAsks);

        Map<String, PersonPrep> people = today.today(account, DAY).prep().getFirst().people().stream()
                .collect(Collectors.toMap(p -> p.person().name(), p -> p));

        assertThat(people).containsOnlyKeys("Cora Closed", "Owen Owed", "Mo Asks");
        assertThat(people.get("Cora Closed").openAsks()).isEmpty();
        assertThat(people.get("Cora Closed").suggestion()).startsWith("bring something useful to them");
        assertThat(people.get("Owen Owed").openAsks()).singleElement().satisfies(a -> {
            assertThat(a.direction()).isEqualTo(Direction.RECEIVED);
            assertThat(a.said()).isEqualTo("they did something for you 3 days ago (2025-03-12), not returned yet");
        });
        assertThat(people.get("Owen Owed").suggestion()).startsWith("give back before you ask again");
        assertThat(people.get("Mo Asks").openAsks()).isEmpty();
        assertThat(people.get("Mo Asks").suggestion()).isEqualTo(Gives.WITHOUT_ASKING);
    }

    @DatabaseTest
    void atMostFiveCardsEachPreparingThreePeopleAndNamingTheRest(TestDatabases.Vendor vendor, TodayService today,
                                                                AccountId account) {
        Network n = new Network(vendor, account);
        List<String> crowd = List.of(n.person("Ann A", "none", null), n.person("Bo B", "none", null),
                n.person("Cy C", "none", null), n.person("Di D", "none", null), n.person("Ed E", "none", null));
        Instant first = Instant.parse("2025-03-15T08:00:00Z");
        for (int i = 6; i >= 0; i--) {
            n.at("reminder", "Meeting " + i, first.plus(Duration.ofHours(5L * i)).toString(), crowd.get(i % 5));
        }
        n.at("dinner", "Big dinner", "2025-03-15T07:00:00Z", crowd.toArray(String[]::new));

        Today digest = today.today(account, DAY);

        assertThat(digest.prep()).extracting(p -> p.meeting().title())
                .containsExactly("Big dinner", "Meeting 0", "Meeting 1", "Meeting 2", "Meeting 3");
        assertThat(digest.prepMore()).isEqualTo(3);
        MeetingPrep dinner = digest.prep().getFirst();
        assertThat(dinner.people()).hasSize(MeetingPrepSection.PEOPLE_PREPARED);
        assertThat(dinner.alsoWith()).hasSize(2);
        assertThat(dinner.people().stream().map(p -> p.person().id()).toList())
                .doesNotContainAnyElementsOf(dinner.alsoWith().stream().map(PersonRef::id).toList());
    }

    @DatabaseTest
    void todayIsTheDayItIsInTheAccountsZone(TodayService today, DigestService digests, AccountId east,
                                            AccountId west) {
        digests.update(east, new DigestSettingsChanges(false, null, null, null, "Pacific/Kiritimati", null, null));
        digests.update(west, new DigestSettingsChanges(false, null, null, null, "Pacific/Pago_Pago", null, null));

        LocalDate eastDay = today.today(east).date();
        LocalDate westDay = today.today(west).date();

        assertThat(eastDay).isEqualTo(Instant.now().atZone(ZoneId.of("Pacific/Kiritimati")).toLocalDate());
        assertThat(westDay).isEqualTo(Instant.now().atZone(ZoneId.of("Pacific/Pago_Pago")).toLocalDate());
        assertThat(eastDay).as("UTC+14 and UTC-11 are 25 hours apart").isAfter(westDay);
    }

    @DatabaseTest
    void todaysPrepLooksAheadFromNow(TestDatabases.Vendor vendor, TodayService today, AccountId account) {
        Network n = new Network(vendor, account);
        String ada = n.person("Ada Lovelace", "inner", null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        n.at("dinner", "An hour ago", now.minus(Duration.ofHours(1)).toString(), ada);
        n.at("dinner", "In an hour", now.plus(Duration.ofHours(1)).toString(), ada);
        n.at("dinner", "In 47 hours", now.plus(Duration.ofHours(47)).toString(), ada);
        n.at("dinner", "In 49 hours", now.plus(Duration.ofHours(49)).toString(), ada);

        Today digest = today.today(account);

        assertThat(digest.prep()).extracting(p -> p.meeting().title()).containsExactly("In an hour", "In 47 hours");
    }
}
