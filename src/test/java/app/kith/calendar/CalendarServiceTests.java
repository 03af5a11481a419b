package app.kith.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.insights.Today;
import app.kith.insights.TodayService;
import app.kith.insights.Upcoming;
import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestPeople;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.assertj.core.groups.Tuple;

class CalendarServiceTests {

    private static EventChanges event(String kind, String date, String title, List<String> people) {
        return EventChanges.of(kind, date, title, people);
    }

    private static List<String> titles(List<CalendarEntry> entries) {
        return entries.stream().map(e -> e.date() + " " + e.title()).toList();
    }

    @DatabaseTest
    void monthShowsEventsBirthdaysWithoutInventedAgesAndRepeatsOnlyInside(CalendarService calendar,
                                                                         PeopleService people, AccountId account) {
        String lea = TestPeople.add(people, account, "Lea Lind", "inner", "1992-02-29", null);
        TestPeople.add(people, account, "Yuri Yoon", "network", "--02-17", null);
        calendar.create(account, event("dinner", "2025-02-14", null, List.of(lea)));
        calendar.create(account, new EventChanges("reminder", "Water the plants", "2025-01-27", null, null, null,
                null, null, List.of(), null, null, null, "weekly", 2, null, null));
        calendar.create(account, event("dinner", "2025-03-01", "Not this month", List.of()));

        List<CalendarEntry> february = CalendarPages.month(calendar, account, YearMonth.of(2025, 2));

        assertThat(titles(february)).containsExactly("2025-02-10 Water the plants", "2025-02-14 Dinner with Lea Lind",
                "2025-02-17 Yuri Yoon's birthday", "2025-02-24 Water the plants", "2025-02-28 Lea Lind turns 33");
        CalendarEntry yuri = february.get(2);
        assertThat(yuri.kind()).isEqualTo(EventKind.BIRTHDAY);
        assertThat(yuri.turns()).as("no year, no age").isNull();
        assertThat(titles(CalendarPages.month(calendar, account, YearMonth.of(2028, 2)))).contains("2028-02-29 Lea Lind turns 36");
    }

    @DatabaseTest
    void aRangeReadsYearlyEventsOnlyInTheirMonthSpansAndCountedRepeatsWithTheirPeople(CalendarService calendar,
                                                                                      PeopleService people,
                                                                                      AccountId account) {
        String ann = TestPeople.add(people, account, "Ann Host", "close", null, null);
        String bo = TestPeople.add(people, account, "Bo Berg", "inner", null, null);
        calendar.create(account, new EventChanges("reminder", "Founding day", "2020-03-31", null, null, null, null,
                null, List.of(), null, null, null, "yearly", 1, null, null));
        calendar.create(account, new EventChanges("reminder", "Three calls", "2026-02-20", null, null, null, null,
                null, List.of(), null, null, null, "weekly", 1, null, 3));
        calendar.create(account, new EventChanges("dinner", "Long trip", "2026-02-26", "2026-03-02", null, null, null,
                null, List.of(bo), null, null, null, null, null, null, null));
        calendar.create(account, new EventChanges("invitation", "Ann's party", "2026-03-05", null, null, null, null,
                null, List.of(bo), ann, null, null, null, null, null, null));

        assertThat(titles(CalendarPages.month(calendar, account, YearMonth.of(2026, 3)))).containsExactly("2026-02-26 Long trip",
                "2026-03-05 Ann's party", "2026-03-06 Three calls", "2026-03-31 Founding day");
        assertThat(titles(CalendarPages.month(calendar, account, YearMonth.of(2026, 4)))).isEmpty();
        assertThat(titles(CalendarPages.all(calendar, account, LocalDate.of(2026, 3, 20), LocalDate.of(2027, 3, 31))))
                .containsExactly("2026-03-31 Founding day", "2027-03-31 Founding day");
        assertThat(titles(CalendarPages.all(calendar, account, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1))))
                .containsExactly("2026-03-31 Founding day");
        CalendarEntry party = CalendarPages.month(calendar, account, YearMonth.of(2026, 3)).get(1);
        assertThat(party.people()).as("the inviter first, then who else comes, by their display names")
                .containsExactly(new EventPerson(ann, "Ann Host", EventPerson.INVITER),
                        new EventPerson(bo, "Bo Berg", EventPerson.WITH));
    }

    @DatabaseTest
    void invitationNeedsAnAnswerUntilAnsweredAndShowsInToday(CalendarService calendar, PeopleService people,
                                                             TodayService today, AccountId account) {
        String ann = TestPeople.add(people, account, "Ann Host", "close", null, null);
        Event invitation = calendar.create(account, new EventChanges("invitation", "Ann's housewarming", "2025-05-10",
                null, null, null, "Ann's place", null, List.of(), ann, null, null, null, null, null, null));

        assertThat(invitation.rsvp()).isEqualTo(Rsvp.NEEDS_ANSWER);
        assertThat(invitation.invitation()).isEqualTo(InvitationDirection.RECEIVED);
        assertThat(invitation.people()).containsExactly(new EventPerson(ann, "Ann Host", EventPerson.INVITER));
        Today before = today.today(account, LocalDate.of(2025, 5, 1));
        assertThat(before.sections().get("invitations")).extracting(e -> ((Event) e).id())
                .containsExactly(invitation.id());

        Event answered = calendar.answer(account, invitation.id(), "accepted");

        assertThat(answered.rsvp()).isEqualTo(Rsvp.ACCEPTED);
        Today after = today.today(account, LocalDate.of(2025, 5, 5));
        assertThat(after.sections().get("invitations")).isNull();
        assertThat(after.upcoming()).extracting(Upcoming::kind, Upcoming::title, Upcoming::inDays)
                .contains(Tuple.tuple("invitation", "Ann's housewarming", 5));
    }

    @DatabaseTest
    void congratulatingAnAchievementLogsAGiveAndLeavesTodaysList(CalendarService calendar, PeopleService people,
                                                                  InteractionService interactions, TodayService today,
                                                                  AccountId account) {
        String bo = TestPeople.add(people, account, "Bo Berg", "inner", null, null);
        Event promotion = calendar.create(account, event("achievement", LocalDate.now().minusDays(2).toString(),
                "Bo made partner", List.of(bo)));
        assertThat(today.today(account).sections().get("achievements")).hasSize(1);

        Interaction touch = calendar.congratulate(account, promotion.id(), null, null);

        assertThat(touch.direction()).isEqualTo(Direction.GAVE);
        assertThat(touch.participantIds()).containsExactly(bo);
        assertThat(touch.notes()).isEqualTo("Congratulations: Bo made partner");
        assertThat(interactions.recent(account, bo, 5)).extracting(Interaction::id).containsExactly(touch.id());
        assertThat(calendar.get(account, promotion.id()).congratulatedOn()).isEqualTo(LocalDate.now());
        assertThat(today.today(account).sections().get("achievements")).isNull();
    }

    @DatabaseTest
    void badValuesNameTheFieldAndDerivedKindsAreRefused(CalendarService calendar, AccountId account,
                                                        AccountId other) {
        assertThatThrownBy(() -> calendar.create(account, event("birthday", "2025-01-01", null, List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("birthdays come from people");
        assertThatThrownBy(() -> calendar.create(account, event("dinner", "2025-13-01", null, List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("date");
        assertThatThrownBy(() -> calendar.create(account, new EventChanges("dinner", null, "2025-01-01", "2024-12-31",
                null, null, null, null, List.of(), null, null, null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("endDate");
        assertThatThrownBy(() -> calendar.create(account, new EventChanges("reminder", null, "2025-01-01", null, null,
                null, null, null, List.of(), null, null, null, "weekly", 0, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("interval");
        Event mine = calendar.create(account, event("dinner", "2025-01-01", null, List.of()));
        assertThatThrownBy(() -> calendar.get(other, mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> CalendarPages.all(calendar, account, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("to");
    }

    @DatabaseTest
    void aPersonsEventsAndAnUpdateThatKeepsWhatIsNotGiven(CalendarService calendar, PeopleService people,
                                                         AccountId account) {
        String cy = TestPeople.add(people, account, "Cy Cole", "close", null, null);
        Event anniversary = calendar.create(account, event("anniversary", "2015-06-20", "Cy & Di's wedding",
                List.of(cy)));
        assertThat(anniversary.repeat()).as("anniversaries repeat yearly by default")
                .isEqualTo(new Recurrence(Frequency.YEARLY, 1, null, null));

        Event moved = calendar.update(account, anniversary.id(), new EventChanges(null, null, null, null, null, null,
                "Lisbon", null, null, null, null, null, null, null, null, null));

        assertThat(moved.title()).isEqualTo("Cy & Di's wedding");
        assertThat(moved.location()).isEqualTo("Lisbon");
        assertThat(moved.people()).extracting(EventPerson::id).containsExactly(cy);
        assertThat(calendar.eventsOf(account, cy)).extracting(Event::id).containsExactly(anniversary.id());
        assertThat(titles(CalendarPages.month(calendar, account, YearMonth.of(2030, 6)))).containsExactly("2030-06-20 Cy & Di's wedding");
    }
}
