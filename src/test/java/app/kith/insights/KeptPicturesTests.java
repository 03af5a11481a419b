package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.devseed.SeedService;
import app.kith.exchange.ImportFile;
import app.kith.exchange.ImportFormat;
import app.kith.exchange.ImportOptions;
import app.kith.exchange.ImportService;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.interactions.MonthTouches;
import app.kith.people.CadenceStatus;
import app.kith.people.Circle;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.storage.Database;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.TestAccounts;
import app.kith.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

/**
 * The network overview and graph are drawn once a day and kept in the database: a second look sends
 * one statement, and every kind of write the pictures are drawn from shows in the next look.
 */
class KeptPicturesTests {
    private static final LocalDate DAY = LocalDate.now();

    @Test
    void aPictureTheDatabaseIsTooBusyToKeepIsShownAllTheSameAndDrawnAgainNextTime() throws Exception {
        ApplicationContext context = TestDatabases.context(TestDatabases.Vendor.SQLITE);
        AccountId account = TestAccounts.fresh(context.getBean(AccountService.class));
        context.getBean(SeedService.class).seed(account, 40, 200, 5);
        OverviewService overviews = context.getBean(OverviewService.class);
        NetworkOverview drawn;
        try (Connection other = DriverManager.getConnection(context.getBean(Database.class).url());
             Statement lock = other.createStatement()) {
            // Another process (a long import) holds SQLite's write lock past the busy timeout.
            lock.execute("BEGIN IMMEDIATE");
            drawn = overviews.overview(account, DAY);
            lock.execute("ROLLBACK");
        }

        assertThat(drawn.tracked()).isPositive();
        assertThat(DatabaseWork.statements(TestDatabases.Vendor.SQLITE, () -> overviews.overview(account, DAY)))
                .as("nothing was kept: the next look draws").isGreaterThan(1);
        assertThat(overviews.overview(account, DAY)).isEqualTo(drawn);
    }

    @DatabaseTest
    void aSecondLookTheSameDayIsOneStatementAndTheSamePicture(TestDatabases.Vendor vendor, SeedService seeds,
                                                             OverviewService overviews, GraphService graphs,
                                                             AccountId account) {
        LocalDate today = LocalDate.now();
        seeds.seed(account, 200, 1_000, 3);
        NetworkOverview overview = overviews.overview(account, today);
        NetworkGraph graph = graphs.graph(account, null, today);

        int overviewDrawn = DatabaseWork.statements(vendor, () -> overviews.draw(account, today));
        int overviewKept = DatabaseWork.statements(vendor, () -> overviews.overview(account, today));
        int graphDrawn = DatabaseWork.statements(vendor, () -> graphs.draw(account, null, today));
        int graphKept = DatabaseWork.statements(vendor, () -> graphs.graph(account, null, today));
        int tomorrow = DatabaseWork.statements(vendor, () -> overviews.overview(account, today.plusDays(1)));

        assertThat(overviewKept).isEqualTo(1).isLessThan(overviewDrawn);
        assertThat(graphKept).isEqualTo(1).isLessThan(graphDrawn);
        assertThat(tomorrow).as("another day is drawn again").isEqualTo(overviewDrawn + 2);
        assertThat(overview.tracked()).isPositive();
        assertThat(graph.ties()).isNotEmpty();
        assertThat(overviews.overview(account, today)).isEqualTo(overview).isEqualTo(overviews.draw(account, today));
        assertThat(graphs.graph(account, null, today)).isEqualTo(graph).isEqualTo(graphs.draw(account, null, today));
    }

    @DatabaseTest
    void touchesCirclesCadencesConnectionsAndDeletesShowInTheNextLook(OverviewService overviews, GraphService graphs,
                                                                    PeopleService people,
                                                                    InteractionService interactions,
                                                                    ConnectionService connections,
                                                                    CadenceService cadences, AccountId account) {
        String ada = person(people, account, "Ada Lovelace", "inner");
        String bea = person(people, account, "Bea Brown", "close");

        look(overviews, graphs, account);
        Interaction coffee = interactions.log(account,
                new InteractionChanges(List.of(ada, bea), "coffee", "gave", DAY.minusDays(3).toString(), null));
        assertThat(touches(overviews.overview(account, DAY))).as("a touch logged").isPositive();
        assertThat(node(graphs.graph(account, null, DAY), ada).lastTouch()).isEqualTo(DAY.minusDays(3));
        assertThat(graphs.graph(account, null, DAY).ties()).as("together once").hasSize(1);

        look(overviews, graphs, account);
        interactions.update(account, coffee.id(),
                new InteractionChanges(List.of(ada), null, null, DAY.minusDays(40).toString(), null));
        assertThat(node(graphs.graph(account, null, DAY), ada).status()).as("an edit").isEqualTo(CadenceStatus.OVERDUE);
        assertThat(overviews.overview(account, DAY).status().get(CadenceStatus.OVERDUE)).isEqualTo(1);
        assertThat(graphs.graph(account, null, DAY).ties()).as("Bea no longer took part").isEmpty();

        look(overviews, graphs, account);
        cadences.set(account, "inner", 60, null);
        assertThat(overviews.overview(account, DAY).status().get(CadenceStatus.OVERDUE)).as("a circle's cadence")
                .isZero();
        assertThat(node(graphs.graph(account, null, DAY), ada).status()).isEqualTo(CadenceStatus.ON_TRACK);

        look(overviews, graphs, account);
        people.update(account, bea, PersonChanges.builder().circle("none").build());
        assertThat(overviews.overview(account, DAY).tracked()).as("a circle changed").isEqualTo(1);
        assertThat(node(graphs.graph(account, null, DAY), bea).circle()).isEqualTo(Circle.NONE);

        look(overviews, graphs, account);
        connections.connect(account, new ConnectionChanges(ada, bea, "colleague", 5, null));
        assertThat(graphs.graph(account, null, DAY).ties()).as("a connection").singleElement()
                .satisfies(t -> assertThat(t.weight()).isEqualTo(1.0));

        look(overviews, graphs, account);
        interactions.delete(account, coffee.id());
        assertThat(touches(overviews.overview(account, DAY))).as("an interaction deleted").isZero();
        assertThat(node(graphs.graph(account, null, DAY), ada).lastTouch()).isNull();

        look(overviews, graphs, account);
        people.delete(account, ada);
        assertThat(overviews.overview(account, DAY).tracked()).as("a person deleted").isZero();
        assertThat(graphs.graph(account, null, DAY).nodes()).extracting(n -> n.person().id())
                .contains(bea).doesNotContain(ada);
    }

    @DatabaseTest
    void aTransactionGivesTheAccountOneNewRevisionAsItCommits(TestDatabases.Vendor vendor,
                                                                    PeopleService people,
                                                                    InteractionService interactions,
                                                                    ConnectionService connections,
                                                                    AccountId account) {
        String ada = person(people, account, "Ada Lovelace", "inner");
        String bea = person(people, account, "Bea Brown", "close");
        List<String> sent = new ArrayList<>();
        int[] beforeCommit = new int[1];

        DatabaseWork.statements(vendor, true, sent::add, () -> {
            interactions.log(account, new InteractionChanges(List.of(ada, bea), "coffee", null, null, null));
            connections.connect(account, new ConnectionChanges(ada, bea, "knows", 3, null));
            people.update(account, bea, PersonChanges.builder().circle("network").build());
            beforeCommit[0] = sent.size();
        });

        assertThat(sent).filteredOn(sql -> sql.contains("insight_revisions")).hasSize(1);
        assertThat(sent.subList(beforeCommit[0], sent.size())).as("written as the transaction commits")
                .anyMatch(sql -> sql.contains("insight_revisions"));
    }

    @DatabaseTest
    void aRestoreShowsInTheNextLook(OverviewService overviews, GraphService graphs, ImportService imports,
                                    AccountId account) {
        look(overviews, graphs, account);
        String cyd = "01a248ee-6630-7aaa-8bbb-4616e7b805a5";
        String json = "{\"format\": \"kith-export\", \"version\": 1, \"tables\": {\n\"people\": [\n"
                + "  {\"id\": \"" + cyd + "\", \"display_name\": \"Cyd\", \"name_key\": \"cyd\", \"circle\": \"inner\", "
                + "\"created_at\": \"2026-01-01T00:00:00Z\", \"updated_at\": \"2026-01-01T00:00:00Z\"}\n]\n}}\n";

        imports.run(account, ImportFormat.JSON,
                ImportFile.of("kith.json", json.getBytes(StandardCharsets.UTF_8)), ImportOptions.of(false));

        assertThat(overviews.overview(account, DAY).tracked()).isEqualTo(1);
        assertThat(graphs.graph(account, null, DAY).nodes()).extracting(n -> n.person().name()).containsExactly("Cyd");
    }

    /** Draws and keeps both pictures of {@link #DAY}, so the next look could be a stale one. */
    static void look(OverviewService overviews, GraphService graphs, AccountId account) {
        overviews.overview(account, DAY);
        graphs.graph(account, null, DAY);
    }

    static String person(PeopleService people, AccountId account, String name, String circle) {
        return people.create(account, PersonChanges.builder().name(name).circle(circle).build()).id();
    }

    private static int touches(NetworkOverview overview) {
        return overview.months().stream().mapToInt(MonthTouches::count).sum();
    }

    private static NetworkGraph.Node node(NetworkGraph graph, String id) {
        return graph.nodes().stream().filter(n -> n.person().id().equals(id)).findFirst().orElseThrow();
    }
}
