package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.people.CadenceStatus;
import app.kith.people.Circle;
import app.kith.shared.InvalidInputException;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import app.kith.testing.TestPeople;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The insights module on its own, with the modules it reads (people, interactions, connections,
 * organizations): the Today digest from insights' own sections, cadences, and warm paths.
 */
class InsightsModuleTests {
    private static final LocalDate MID_MARCH = LocalDate.of(2025, 3, 15);

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "connections", "insights", "interactions", "organizations", "people",
        "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        TodayService today;
        @Autowired
        CadenceService cadences;
        @Autowired
        PathService paths;
        @Autowired
        InteractionService interactions;
        @Autowired
        ConnectionService connections;
        @Autowired
        List<TodayContribution> contributions;
        @Autowired
        RelationshipInsights insights;
        @Autowired
        OverviewService overviews;

        @Test
        void todayIsBuiltFromTheSectionsThereAreAndFollowsTheCircleCadence() {
            String ida = person("Ida Inner", "inner");
            TestPeople.add(people, account, "Bea Brandt", "close", "1985-03-20", null);
            interactions.log(account, new InteractionChanges(List.of(ida), "coffee", "gave", "2025-02-01", null));

            Today digest = today.today(account, MID_MARCH);

            assertThat(contributions).as("only insights' own sections: no other module is booted")
                    .extracting(c -> c.getClass().getSimpleName())
                    .containsExactlyInAnyOrder("BirthdaySection", "BridgeSection", "MeetingPrepSection", "ReachOutSection");
            assertThat(digest.reachOut()).extracting(r -> r.person().name(), ReachOut::dueSince,
                    ReachOut::daysOverdue).contains(tuple("Ida Inner", LocalDate.of(2025, 2, 15), 28));
            assertThat(digest.upcoming()).extracting(Upcoming::kind, Upcoming::inDays, Upcoming::title)
                    .containsExactly(tuple("birthday", 5, "Bea Brandt turns 40"));
            assertThat(digest.sections()).isEmpty();

            cadences.set(account, "inner", 60, null);

            assertThat(today.today(account, MID_MARCH).reachOut()).extracting(r -> r.person().id())
                    .doesNotContain(ida);
        }

        @Test
        void aWarmPathGoesThroughSomeoneYouKnowToSomeoneTheyKnow() {
            String ana = person("Ana Lima", "close");
            String tara = person("Tara Tan", null);
            String uma = person("Uma Usman", null);
            interactions.log(account, new InteractionChanges(List.of(ana), "coffee", "gave", "2025-03-01", null));
            connections.connect(account, new ConnectionChanges(ana, tara, "knows", 5, null));

            Paths toTara = paths.paths(account, tara, MID_MARCH);

            assertThat(toTara.reachable()).isTrue();
            assertThat(toTara.paths().getFirst().hops()).extracting(h -> h.person().name(), Paths.Hop::why)
                    .last().isEqualTo(tuple("Tara Tan", "Ana Lima and Tara Tan know each other (strength 5 of 5)"));
            assertThat(toTara.paths().getFirst().hops()).extracting(h -> h.person().id()).containsExactly(ana, tara);
            assertThat(paths.paths(account, uma, MID_MARCH).reachable()).isFalse();
        }

        @Test
        void pastTheIdealIsDueAndPastTheMaximumOverdueOnCardsThePersonAndTheOverview() {
            String fresh = person("Fay Fresh", "inner");
            String due = person("Dan Due", "inner");
            String late = person("Lou Late", "inner");
            String asks = person("Ash Asks", "inner");
            String loose = person("Lee Loose", null);
            interactions.log(account, new InteractionChanges(List.of(fresh), "coffee", "gave", "2025-03-10", null));
            interactions.log(account, new InteractionChanges(List.of(due), "coffee", "gave", "2025-02-25", null));
            interactions.log(account, new InteractionChanges(List.of(late, asks), "coffee", "gave", "2025-02-10",
                    null));
            // Asks never count as a touch: Ash is as late as Lou.
            interactions.log(account, new InteractionChanges(List.of(asks), "call", "asked", "2025-03-14", null));

            Map<String, Standing> standings = insights.standings(account, List.of(fresh, due, late, asks, loose),
                    MID_MARCH);

            assertThat(standings.get(fresh).status()).isEqualTo(CadenceStatus.ON_TRACK);
            assertThat(standings.get(due).status()).as("18 days: past 14, not past 28").isEqualTo(CadenceStatus.DUE);
            assertThat(standings.get(late).status()).as("33 days: past twice 14").isEqualTo(CadenceStatus.OVERDUE);
            assertThat(standings.get(asks).status()).isEqualTo(CadenceStatus.OVERDUE);
            assertThat(standings.get(loose).status()).as("not tracked").isNull();
            assertThat(insights.health(account, late, MID_MARCH).status()).isEqualTo(CadenceStatus.OVERDUE);
            assertThat(overviews.overview(account, MID_MARCH).status()).containsEntry(CadenceStatus.ON_TRACK, 1)
                    .containsEntry(CadenceStatus.DUE, 1).containsEntry(CadenceStatus.OVERDUE, 2);
            assertThat(today.today(account, MID_MARCH).reachOut()).extracting(r -> r.person().id())
                    .as("Today's due are the due and the overdue").containsExactlyInAnyOrder(due, late, asks);
            assertThat(today.today(account, MID_MARCH).reachOut()).extracting(r -> r.person().id(), ReachOut::status)
                    .containsExactlyInAnyOrder(tuple(due, CadenceStatus.DUE), tuple(late, CadenceStatus.OVERDUE),
                            tuple(asks, CadenceStatus.OVERDUE));

            CircleCadence inner = cadences.set(account, "inner", null, 40);

            assertThat(inner).extracting(CircleCadence::days, CircleCadence::maximumDays, CircleCadence::isDefault,
                    CircleCadence::maximumIsDefault).containsExactly(14, 40, true, false);
            assertThat(insights.standings(account, List.of(late), MID_MARCH).get(late).status())
                    .isEqualTo(CadenceStatus.DUE);
            assertThat(cadences.set(account, "inner", 0, 0)).extracting(CircleCadence::maximumDays,
                    CircleCadence::maximumIsDefault).containsExactly(28, true);
        }

        @Test
        void aMaximumBelowTheIdealIsRefusedAndChangesNothing() {
            cadences.set(account, "close", null, 50);

            assertThatThrownBy(() -> cadences.set(account, "close", null, 20))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("maximumDays"));
            assertThatThrownBy(() -> cadences.set(account, "close", 60, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("days"));
            assertThatThrownBy(() -> cadences.set(account, "close", 10, -1))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("maximumDays"));

            assertThat(cadences.cadences(account)).filteredOn(c -> c.circle() == Circle.CLOSE)
                    .extracting(CircleCadence::days, CircleCadence::maximumDays).containsExactly(tuple(30, 50));
            assertThat(cadences.set(account, "close", 60, 90)).extracting(CircleCadence::days,
                    CircleCadence::maximumDays).containsExactly(60, 90);
        }
    }
}
