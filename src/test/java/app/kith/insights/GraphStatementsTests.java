package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.devseed.SeedService;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.TestDatabases;
import java.time.LocalDate;

/**
 * The graph data reads only the people it draws: past its 300-node cap it sends the same number of
 * statements for a network of 400 people as for one of 1,500, and a warm path on it adds a bounded number.
 */
class GraphStatementsTests {
    /** What the graph costs without a path (a change that adds statements says why). */
    private static final int MOST = 12;
    /**
     * What it costs with a path: the search's fan-out is capped (50, 20 and 400 people a level), so
     * its statements depend on which levels the target's neighbourhood fills (seeded ids are random),
     * never on the size of the network.
     */
    private static final int MOST_WITH_PATH = 24;

    @DatabaseTest
    void theGraphCostsTheSameStatementsWhateverTheSizeOfTheNetworkPastItsCap(TestDatabases.Vendor vendor,
                                                                            SeedService seeds, GraphService graphs,
                                                                            PeopleService people, AccountId small,
                                                                            AccountId large) {
        LocalDate day = LocalDate.now();
        seeds.seed(small, 400, 2000, 7);
        seeds.seed(large, 1500, 7500, 7);
        String toSmall = farthest(people, small);
        String toLarge = farthest(people, large);

        int smallGraph = DatabaseWork.statements(vendor, () -> graphs.graph(small, null, day));
        int largeGraph = DatabaseWork.statements(vendor, () -> graphs.graph(large, null, day));
        int smallPath = DatabaseWork.statements(vendor, () -> graphs.graph(small, toSmall, day));
        int largePath = DatabaseWork.statements(vendor, () -> graphs.graph(large, toLarge, day));

        NetworkGraph drawn = graphs.graph(large, toLarge, day);
        System.out.printf("%s: the graph sends %d statements at 400 people, %d at 1,500; with a path %d and %d%n",
                vendor, smallGraph, largeGraph, smallPath, largePath);
        assertThat(graphs.graph(small, null, day).nodes()).hasSize(GraphService.MOST_NODES - 1);
        assertThat(drawn.nodes()).hasSizeLessThanOrEqualTo(GraphService.MOST_NODES - 1);
        assertThat(drawn.ties()).allSatisfy(t -> {
            assertThat(drawn.nodes()).anyMatch(n -> n.person().id().equals(t.from()));
            assertThat(drawn.nodes()).anyMatch(n -> n.person().id().equals(t.to()));
        });
        assertThat(largeGraph).isEqualTo(smallGraph);
        assertThat(largeGraph).isLessThanOrEqualTo(MOST);
        assertThat(smallPath).isLessThanOrEqualTo(MOST_WITH_PATH);
        assertThat(largePath).isLessThanOrEqualTo(MOST_WITH_PATH);
    }

    /** Someone far from the closest: the last of everyone in the graph's order. */
    private static String farthest(PeopleService people, AccountId account) {
        return people.closest(account, 100_000).stream().map(RelationshipFacts::id).reduce((a, b) -> b).orElseThrow();
    }
}
