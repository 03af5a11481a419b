package app.kith.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interactions module on its own, with the people module it records last touches in: what a
 * person's interactions add up to, and last touches that follow every change.
 */
class InteractionsModuleTests {

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "interactions", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        InteractionService interactions;

        @Test
        void aPersonsInteractionsAddUpByDirectionAndYearAndAsksAreNoTouch() {
            String ama = person("Ama Mensah", "close");
            String kofi = person("Kofi Boateng", "close");
            log(List.of(ama), "coffee", "gave", "2025-03-01");
            log(List.of(ama, kofi), "dinner", "received", "2025-05-10");
            log(List.of(ama), "call", "asked", "2025-06-01");
            log(List.of(ama), "meeting", "mutual", "2024-03-01");
            log(List.of(kofi), "setback", "neutral", "2025-04-01");

            TouchSummary summary = interactions.touchSummaries(account, LocalDate.of(2025, 6, 15), List.of(ama))
                    .get(ama);

            assertThat(summary.lastTouch()).isEqualTo("2025-05-10");
            assertThat(summary.lastInteraction()).isEqualTo("2025-06-01");
            assertThat(List.of(summary.gave(), summary.received(), summary.asked(), summary.mutual()))
                    .as("gave, received, asked, mutual in the last 12 months").containsExactly(1, 1, 1, 0);
            assertThat(List.of(summary.touchesThisYear(), summary.touchesLastYear())).containsExactly(2, 1);
            assertThat(interactions.coParticipants(account, List.of(ama))).isEqualTo(Map.of(ama, Map.of(kofi, 1)));
            assertThat(interactions.setbackCounts(account, List.of(ama, kofi), LocalDate.of(2025, 3, 31),
                    LocalDate.of(2025, 6, 15))).isEqualTo(Map.of(kofi, 1));
        }

        @Test
        void editingAndDeletingInteractionsMovesTheLastTouchBack() {
            String bea = person("Bea Brandt", "close");
            Interaction call = log(List.of(bea), "call", "gave", "2025-05-01");
            Interaction coffee = log(List.of(bea), "coffee", "mutual", "2025-01-10");
            assertThat(people.touchedAfter(account, LocalDate.of(2025, 4, 30))).containsExactly(bea);

            interactions.update(account, call.id(), new InteractionChanges(null, null, "asked", null, null));

            assertThat(people.touchedAfter(account, LocalDate.of(2025, 4, 30))).as("an ask is no touch")
                    .isEmpty();
            assertThat(people.touchedAfter(account, LocalDate.of(2025, 1, 9))).containsExactly(bea);

            interactions.delete(account, coffee.id());

            assertThat(people.touchedAfter(account, LocalDate.of(2025, 1, 9))).isEmpty();
            assertThatThrownBy(() -> interactions.get(account, coffee.id())).isInstanceOf(NotFoundException.class);
            assertThat(interactions.list(account, new InteractionFilter(bea, null, null, null, null),
                    Page.Request.of(0, 10)).items()).extracting(Interaction::id).containsExactly(call.id());
        }

        @Test
        void capturedInteractionsCarryTheirSourceThroughEditsAndGoTogetherWithTheirLastTouches() {
            String cy = person("Cy Captured", "close");
            String di = person("Di Dual", "close");
            Interaction byHand = log(List.of(di), "coffee", "gave", "2025-02-01");
            Interaction mail = new Interaction("01968a6e-0000-7000-8000-000000000001", InteractionKind.EMAIL,
                    Direction.NEUTRAL, LocalDate.of(2025, 5, 2), null, List.of(cy), java.time.Instant.now(), "source-1");
            Interaction mail2 = new Interaction("01968a6e-0000-7000-8000-000000000002", InteractionKind.EMAIL,
                    Direction.NEUTRAL, LocalDate.of(2025, 5, 3), null, List.of(di), java.time.Instant.now(), "source-1");
            interactions.logAll(account, List.of(mail, mail2));
            interactions.update(account, mail.id(), new InteractionChanges(null, null, "gave", null, "lunch plans"));

            assertThat(interactions.get(account, mail.id()).sourceId()).as("an edit keeps the source").isEqualTo("source-1");
            assertThat(interactions.get(account, mail.id()).notes()).isEqualTo("lunch plans");
            assertThat(interactions.get(account, byHand.id()).sourceId()).isNull();
            assertThat(interactions.countCaptured(account, "source-1")).isEqualTo(2);
            assertThat(people.touchedAfter(account, LocalDate.of(2025, 5, 1))).containsExactlyInAnyOrder(cy, di);

            assertThat(interactions.deleteCaptured(account, "source-1")).isEqualTo(2);

            assertThat(interactions.countCaptured(account, "source-1")).isZero();
            assertThat(people.touchedAfter(account, LocalDate.of(2025, 1, 31))).as("Di's coffee is left")
                    .containsExactly(di);
            assertThat(people.touchedAfter(account, LocalDate.of(2025, 2, 1))).isEmpty();
        }

        private Interaction log(List<String> who, String kind, String direction, String date) {
            return interactions.log(account, new InteractionChanges(who, kind, direction, date, null));
        }
    }
}
