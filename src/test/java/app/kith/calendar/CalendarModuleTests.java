package app.kith.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.conferences.ConferenceService;
import app.kith.conferences.EditionChanges;
import app.kith.conferences.SeriesChanges;
import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import app.kith.testing.TestPeople;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar module on its own, with the modules whose dates it shows and whose services it calls
 * (people, conferences, interactions): a month of events, repeats, birthdays and editions, and
 * answering invitations and congratulating achievements.
 */
class CalendarModuleTests {

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "calendar", "conferences", "interactions", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        CalendarService calendar;
        @Autowired
        ConferenceService conferences;

        @Test
        void aMonthHoldsEventsRepeatsBirthdaysAndConferenceEditions() {
            String ida = TestPeople.add(people, account, "Ida Inner", "inner", "--06-10", null);
            calendar.create(account, new EventChanges("reminder", "Call mum", "2025-06-02", null, null, null, null,
                    null, List.of(), null, null, null, "weekly", null, null, 3));
            calendar.create(account, EventChanges.of("dinner", "2025-06-20", "Dinner at Ida's", List.of(ida)));
            conferences.create(account, new SeriesChanges("Devoxx Poland", null, 6, null));
            conferences.edition(account, "Devoxx Poland", 2025, new EditionChanges("2025-06-12", "2025-06-13",
                    "Krakow"));

            assertThat(CalendarPages.month(calendar, account, YearMonth.of(2025, 6))).extracting(CalendarEntry::date,
                    CalendarEntry::kind).containsExactly(
                    tuple(LocalDate.of(2025, 6, 2), EventKind.REMINDER),
                    tuple(LocalDate.of(2025, 6, 9), EventKind.REMINDER),
                    tuple(LocalDate.of(2025, 6, 10), EventKind.BIRTHDAY),
                    tuple(LocalDate.of(2025, 6, 12), EventKind.CONFERENCE),
                    tuple(LocalDate.of(2025, 6, 16), EventKind.REMINDER),
                    tuple(LocalDate.of(2025, 6, 20), EventKind.DINNER));
        }

        @Test
        void anAnsweredInvitationAndACongratulatedAchievementAreDoneWith() {
            String ida = person("Ida Inner", "inner");
            Event party = calendar.create(account, EventChanges.of("invitation", "2025-07-05", "Summer party",
                    List.of(ida)));
            Event promotion = calendar.create(account, EventChanges.of("achievement", "2025-06-28",
                    "Promoted to principal", List.of(ida)));
            assertThat(calendar.invitationsToAnswer(account, LocalDate.of(2025, 7, 1))).extracting(Event::id)
                    .containsExactly(party.id());

            calendar.answer(account, party.id(), "accepted");
            Interaction congratulated = calendar.congratulate(account, promotion.id(), null, null);

            assertThat(calendar.invitationsToAnswer(account, LocalDate.of(2025, 7, 1))).isEmpty();
            assertThat(congratulated.participantIds()).containsExactly(ida);
            assertThat(congratulated.direction()).isEqualTo(Direction.GAVE);
            assertThat(congratulated.notes()).isEqualTo("Congratulations: Promoted to principal");
            assertThat(calendar.achievementsToCongratulate(account, LocalDate.of(2025, 7, 1), 30)).isEmpty();
        }
    }
}
