package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.insights.GraphService;
import app.kith.insights.NetworkGraph;
import app.kith.insights.OverviewService;
import app.kith.interactions.MonthTouches;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server keeps the network overview and graph in the database: what the CLI writes, from another
 * process on the same database, shows in the server's next look on both databases.
 */
class PicturesCommandTests {

    @Test
    void whatTheCliWritesShowsInTheServersPicturesOnSqlite() {
        cliWritesShow(Cli.onSqlite());
    }

    @Test
    void whatTheCliWritesShowsInTheServersPicturesOnPostgres() {
        cliWritesShow(Cli.onPostgres());
    }

    private static void cliWritesShow(Cli cli) {
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Mia Owner").exit()).isZero();
        String ann = cli.run("people", "add", "Ann Example", "--circle", "inner").line();
        LocalDate today = LocalDate.now();
        try (ConfigurableApplicationContext server = cli.context()) {
            AccountId account = server.getBean(AccountService.class).byEmail("me@example.com").orElseThrow().id();
            OverviewService overviews = server.getBean(OverviewService.class);
            GraphService graphs = server.getBean(GraphService.class);
            assertThat(overviews.overview(account, today).tracked()).isEqualTo(1);
            assertThat(lastTouch(graphs.graph(account, null, today), ann)).isNull();

            assertThat(cli.run("log", ann, "--kind", "coffee").exit()).isZero();
            assertThat(cli.run("people", "add", "Bob Example", "--circle", "close").exit()).isZero();

            assertThat(overviews.overview(account, today).tracked()).isEqualTo(2);
            assertThat(overviews.overview(account, today).months()).extracting(MonthTouches::count).containsExactly(1);
            assertThat(lastTouch(graphs.graph(account, null, today), ann)).isEqualTo(today);
        }
    }

    private static LocalDate lastTouch(NetworkGraph graph, String id) {
        return graph.nodes().stream().filter(n -> n.person().id().equals(id)).findFirst().orElseThrow().lastTouch();
    }
}
