package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.testing.TestDatabases;
import tools.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code kith dev seed --demo}: from an empty data folder to a sign-in in one command. */
class DemoCommandTests {
    private static final String DEMO = "demo@kith.invalid";
    private final String data = TestDatabases.tempDir().toString();
    private final Cli cli = Cli.on("--data", data);

    @Test
    void aDemoOnAnEmptyFolderPrintsAPasswordThatSignsIn() {
        Cli.Result demo = cli.run("dev", "seed", "--demo");

        assertThat(demo.exit()).as(demo.err()).isZero();
        Map<String, String> printed = rows(demo);
        assertThat(printed).containsEntry("people", "300").containsEntry("interactions", "3000")
                .containsEntry("email", DEMO);
        String password = printed.get("password");
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(demo.err()).contains("./kith serve --data " + data, "http://127.0.0.1:8080/")
                .containsPattern("Seeded in \\d+\\.\\d\\d s").doesNotContain(password);
        assertThat(cli.run("people", "show", "self", "--json").json().get("name").asString()).isEqualTo("Demo");
        try (ConfigurableApplicationContext app = cli.context()) {
            AccountService accounts = app.getBean(AccountService.class);
            assertThat(accounts.authenticate(DEMO, password)).isPresent();
            assertThat(accounts.authenticate(DEMO, password + "x")).isEmpty();
        }
    }

    @Test
    void aSecondDemoIsRefusedAndTheFirstStaysAsItWas() {
        Cli.Result first = cli.run("dev", "seed", "--demo", "--people", "20", "--interactions", "40");
        int people = cli.run("people", "list", "--json").json().size();

        Cli.Result second = cli.run("dev", "seed", "--demo", "--people", "20", "--interactions", "40");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(rows(first)).containsEntry("people", "20").containsEntry("interactions", "40");
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).contains(DEMO + " already exists").hasLineCount(1);
        assertThat(second.out()).isEmpty();
        assertThat(cli.run("people", "list", "--json").json().size()).isEqualTo(people);
        try (ConfigurableApplicationContext app = cli.context()) {
            assertThat(app.getBean(AccountService.class).authenticate(DEMO, rows(first).get("password"))).isPresent();
        }
    }

    @Test
    void aDemoIsRefusedBesideARealAccount() {
        cli.run("init", "--email", "me@example.com", "--name", "Me");

        Cli.Result demo = cli.run("dev", "seed", "--demo", "--people", "5", "--interactions", "5");

        assertThat(demo.exit()).isEqualTo(1);
        assertThat(demo.err()).contains("already has an account").hasLineCount(1);
        try (ConfigurableApplicationContext app = cli.context()) {
            assertThat(app.getBean(AccountService.class).byEmail(DEMO)).isEmpty();
        }
    }

    @Test
    void aDemoThatCannotBeSeededLeavesNoAccount() {
        Cli.Result tooFew = cli.run("dev", "seed", "--demo", "--people", "0");

        assertThat(tooFew.exit()).isEqualTo(2);
        assertThat(tooFew.err()).contains("--people");
        try (ConfigurableApplicationContext app = cli.context()) {
            assertThat(app.getBean(AccountService.class).none()).isTrue();
        }
    }

    @Test
    void seedingWithoutAnAccountSuggestsTheDemoOrInit() {
        Cli.Result seeded = cli.run("dev", "seed", "--people", "10", "--interactions", "10");

        assertThat(seeded.exit()).isEqualTo(1);
        assertThat(seeded.err()).contains("kith dev seed --demo", "kith init").hasLineCount(1);
    }

    @Test
    void theSizesAreRequiredOnlyWithoutDemoAndTheDemoNamesItsOwnAccount() {
        Cli.Result noSizes = cli.run("dev", "seed", "--interactions", "10");
        Cli.Result withAccount = cli.run("dev", "seed", "--demo", "--account", "me@example.com");

        assertThat(noSizes.exit()).isEqualTo(2);
        assertThat(noSizes.err()).contains("--people", "--demo");
        assertThat(withAccount.exit()).isEqualTo(2);
        assertThat(withAccount.err()).contains("--account");
    }

    @Test
    void manySeededAccountsEachGetTheirOwnNetworkAndADigestDueNow() {
        Cli.Result seeded = cli.run("dev", "seed", "--accounts", "3", "--people", "15", "--interactions", "30",
                "--digest-due");

        assertThat(seeded.exit()).as(seeded.err()).isZero();
        assertThat(seeded.out()).contains("seed-0001@kith.invalid", "seed-0003@kith.invalid");
        for (String email : List.of("seed-0001@kith.invalid", "seed-0002@kith.invalid", "seed-0003@kith.invalid")) {
            Cli.Result people = cli.run("--account", email, "people", "list", "--json");
            assertThat(people.json().size()).as(email).isEqualTo(16);
            JsonNode digest = cli.run("--account", email, "digest", "settings", "--json").json();
            assertThat(digest.get("enabled").asBoolean()).as(email).isTrue();
            assertThat(Instant.parse(digest.get("nextDueAt").asString())).as(email).isBeforeOrEqualTo(Instant.now());
        }
    }

    @Test
    void manyAccountsAreRefusedBesideAnAccountAndWithoutSizes() {
        Cli.Result noSizes = cli.run("dev", "seed", "--accounts", "2");
        Cli.Result dueAlone = cli.run("dev", "seed", "--people", "2", "--interactions", "2", "--digest-due");
        cli.run("init", "--email", "me@example.com", "--name", "Me");
        Cli.Result beside = cli.run("dev", "seed", "--accounts", "2", "--people", "5", "--interactions", "5");

        assertThat(noSizes.exit()).isEqualTo(2);
        assertThat(noSizes.err()).contains("--people");
        assertThat(dueAlone.exit()).isEqualTo(2);
        assertThat(dueAlone.err()).contains("--digest-due goes with --accounts");
        assertThat(beside.exit()).isEqualTo(1);
        assertThat(beside.err()).contains("already has an account").hasLineCount(1);
        try (ConfigurableApplicationContext app = cli.context()) {
            assertThat(app.getBean(AccountService.class).byEmail("seed-0001@kith.invalid")).isEmpty();
        }
    }

    /** The two-column table the command prints, as name to value. */
    private static Map<String, String> rows(Cli.Result result) {
        return result.out().lines().map(line -> line.split("\\s+", 2))
                .collect(Collectors.toMap(cells -> cells[0], cells -> cells[1]));
    }
}
