package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import app.kith.testing.TestPeople;
import java.time.LocalDate;
import java.util.List;
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

            cadences.set(account, "inner", 60);

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
    }
}
