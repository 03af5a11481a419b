package app.kith.notecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.calendar.CalendarService;
import app.kith.calendar.EventChanges;
import app.kith.insights.BridgeChanges;
import app.kith.insights.BridgeService;
import app.kith.shared.NotFoundException;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The note-cards module with every module it depends on, directly or not: its suggestions read the
 * calendar (which needs conferences) and insights' bridges (which need connections and
 * organizations), so the direct dependencies alone cannot start.
 */
class NoteCardsModuleTests {
    private static final LocalDate JUNE_FIRST = LocalDate.of(2025, 6, 1);

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(mode = BootstrapMode.ALL_DEPENDENCIES, booted = {"accounts", "calendar", "conferences",
        "connections", "insights", "interactions", "notecards", "organizations", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        NoteCardService cards;
        @Autowired
        CalendarService calendar;
        @Autowired
        BridgeService bridges;

        @Test
        void theInnerCircleIsSuggestedCardsForAchievementsAndForRepairingABridge() {
            String ida = person("Ida Inner", "inner");
            String sam = person("Sam Stone", "inner");
            calendar.create(account, EventChanges.of("achievement", "2025-05-28", "Promoted to principal",
                    List.of(ida)));
            bridges.strain(account, sam, new BridgeChanges("missed the wedding", "2025-05-01", null, null));
            bridges.repair(account, sam, new BridgeChanges(null, null, "write and apologise", "2025-06-10"));

            assertThat(cards.suggestions(account, JUNE_FIRST)).extracting(CardSuggestion::personId,
                    CardSuggestion::occasion, CardSuggestion::writeBy).containsExactly(
                    tuple(ida, "Congratulations: Promoted to principal", LocalDate.of(2025, 6, 6)),
                    tuple(sam, "A first step", LocalDate.of(2025, 6, 10)));

            cards.add(account, new NoteCardChanges(ida, "Congratulations", null, null, null));

            assertThat(cards.suggestions(account, JUNE_FIRST)).as("a card is queued for Ida")
                    .extracting(CardSuggestion::personId).containsExactly(sam);
        }

        @Test
        void cardsAreDueUntilMailedAndMailingOneIsATouch() {
            String ola = person("Ola Olsen", "close");
            String pia = person("Pia Paz", "close");
            NoteCard thanks = cards.add(account, new NoteCardChanges(ola, "Thanks for the help", "2025-06-05", null,
                    null));
            NoteCard later = cards.add(account, new NoteCardChanges(pia, "New home", "2025-07-01", null, "written"));
            NoteCard mailed = cards.add(account, new NoteCardChanges(pia, "Get well", "2025-05-20", null, "mailed"));

            assertThat(cards.due(account, LocalDate.of(2025, 6, 10))).extracting(NoteCard::id)
                    .containsExactly(thanks.id());
            assertThat(people.touchedAfter(account, mailed.mailedOn().minusDays(1))).as("mailing gave")
                    .containsExactly(pia);

            cards.delete(account, later.id());

            assertThat(cards.list(account, null)).extracting(NoteCard::id).containsExactly(thanks.id());
            assertThatThrownBy(() -> cards.get(account, later.id())).isInstanceOf(NotFoundException.class);
        }
    }
}
