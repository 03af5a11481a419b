package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.accounts.TokenService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** The main flow once more, on PostgreSQL selected with --db-url. */
class PostgresCommandTests {

    @Test
    void mainFlowWorksOnPostgres() {
        Cli cli = Cli.onPostgres();

        assertThat(cli.run("init", "--email", "pg@example.com", "--name", "Pat Gres").exit()).isZero();
        String ada = cli.run("people", "add", "Ada Lovelace", "--email", "ada@example.com", "--org", "Engines Ltd",
                "--school", "Cambridge:1990-1994", "--tag", "math", "--circle", "inner").line();
        JsonNode grace = cli.run("people", "add", "Grace Hopper", "--tag", "navy", "--json").json();
        Cli.Result logged = cli.run("log", ada, grace.get("id").asString(), "self", "--kind", "coffee",
                "--direction", "mutual", "--date", "2024-05-01");
        Cli.Result connected = cli.run("connect", ada, grace.get("id").asString(), "--kind", "knows");
        Cli.Result edited = cli.run("people", "edit", ada, "--trust", "trusted");

        assertThat(logged.exit()).as(logged.err()).isZero();
        assertThat(connected.exit()).as(connected.err()).isZero();
        assertThat(edited.exit()).as(edited.err()).isZero();
        JsonNode found = cli.run("people", "list", "--query", "lovel", "--json").json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("organization").asString()).isEqualTo("Engines Ltd");
        assertThat(found.get(0).get("lastInteraction").asString()).isEqualTo("2024-05-01");
        assertThat(cli.run("people", "list", "--tag", "navy", "--json").json()).hasSize(1);
        assertThat(cli.run("people", "list", "--circle", "inner", "--limit", "1", "--json").json()).hasSize(1);
        JsonNode shown = cli.run("people", "show", ada, "--json").json();
        assertThat(shown.get("trust").asString()).isEqualTo("trusted");
        assertThat(shown.get("affiliations")).hasSize(2);
        assertThat(shown.get("recentInteractions").get(0).get("participants")).hasSize(3);
        assertThat(shown.get("connections").get(0).get("name").asString()).isEqualTo("Grace Hopper");
        assertThat(cli.run("people", "show", "0190a000-0000-7000-8000-000000000000").exit()).isEqualTo(1);
        assertThat(cli.run("people", "add", "Bad", "--circle", "outer").exit()).isEqualTo(2);

        String token = cli.run("token", "create").line();
        try (ConfigurableApplicationContext app = cli.context()) {
            var account = app.getBean(AccountService.class).byEmail("pg@example.com").orElseThrow();
            assertThat(app.getBean(TokenService.class).authenticate(token)).contains(account.id());
        }
    }
}
