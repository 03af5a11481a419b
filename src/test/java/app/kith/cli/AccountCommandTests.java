package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.accounts.TokenService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class AccountCommandTests {

    @Test
    void commandsBeforeInitSayToRunInit() {
        Cli cli = Cli.onSqlite();

        Cli.Result listed = cli.run("people", "list");
        Cli.Result seeded = cli.run("dev", "seed", "--people", "10", "--interactions", "10");

        assertThat(listed.exit()).isEqualTo(1);
        assertThat(listed.err()).contains("kith init").hasLineCount(1);
        assertThat(seeded.exit()).isEqualTo(1);
        assertThat(seeded.err()).contains("kith init");
    }

    @Test
    void initReadsThePasswordFromStandardInput() {
        Cli cli = Cli.onSqlite();

        Cli.Result created = cli.runWithInput("correct horse battery\nignored\n",
                "init", "--email", "ada@example.com", "--name", "Ada Lovelace", "--password-stdin");

        assertThat(created.exit()).as(created.err()).isZero();
        try (ConfigurableApplicationContext app = cli.context()) {
            AccountService accounts = app.getBean(AccountService.class);
            var account = accounts.byEmail("ada@example.com").orElseThrow();
            assertThat(accounts.passwordMatches(account.id(), "correct horse battery")).isTrue();
        }
    }

    @Test
    void initRefusesABadEmailAShortPasswordAndASecondAccountWithTheSameEmail() {
        Cli cli = Cli.onSqlite();

        Cli.Result badEmail = cli.run("init", "--email", "nobody", "--name", "No Body");
        Cli.Result shortPassword = cli.runWithInput("short\n", "init", "--email", "a@example.com", "--name", "A",
                "--password-stdin");
        Cli.Result noPassword = cli.run("init", "--email", "a@example.com", "--name", "A", "--password-stdin");
        Cli.Result first = cli.run("init", "--email", "a@example.com", "--name", "A");
        Cli.Result again = cli.run("init", "--email", "a@example.com", "--name", "A again");

        assertThat(badEmail.exit()).isEqualTo(2);
        assertThat(badEmail.err()).contains("--email");
        assertThat(shortPassword.exit()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("--password-stdin");
        assertThat(noPassword.exit()).isEqualTo(2);
        assertThat(first.exit()).isZero();
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void withTwoAccountsTheAccountMustBeNamed() {
        Cli cli = Cli.onSqlite();
        cli.run("init", "--email", "one@example.com", "--name", "One");
        cli.run("init", "--email", "two@example.com", "--name", "Two");

        Cli.Result unnamed = cli.run("people", "list");
        String added = cli.run("--account", "two@example.com", "people", "add", "Only Two's Friend").line();
        Cli.Result unknown = cli.run("--account", "three@example.com", "people", "list");

        assertThat(unnamed.exit()).isEqualTo(2);
        assertThat(unnamed.err()).contains("--account");
        assertThat(cli.run("--account", "two@example.com", "people", "show", "self", "--json").json().get("name")
                .asString()).isEqualTo("Two");
        assertThat(cli.run("--account", "two@example.com", "people", "show", added).exit()).isZero();
        assertThat(cli.run("--account", "one@example.com", "people", "show", added).exit()).isEqualTo(1);
        assertThat(unknown.exit()).isEqualTo(1);
    }

    @Test
    void tokenCreatePrintsATokenTheApiAccepts() {
        Cli cli = Cli.onSqlite();
        cli.run("init", "--email", "me@example.com", "--name", "Me");

        Cli.Result created = cli.run("token", "create", "--name", "scripts");

        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out().lines()).hasSize(1);
        try (ConfigurableApplicationContext app = cli.context()) {
            var account = app.getBean(AccountService.class).byEmail("me@example.com").orElseThrow();
            assertThat(app.getBean(TokenService.class).authenticate(created.line())).contains(account.id());
            assertThat(app.getBean(TokenService.class).list(account.id())).hasSize(1);
        }
    }

    @Test
    void davUrlSaysWhereAPhoneSyncsAndWithWhichUserName() {
        Cli cli = Cli.onSqlite();
        cli.run("init", "--email", "me@example.com", "--name", "Me");

        Cli.Result text = cli.run("dav", "url");
        Cli.Result json = cli.run("dav", "url", "--json");

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("user name     me@example.com",
                "address book  http://127.0.0.1:8080/dav/addressbooks/me@example.com/contacts/",
                "birthdays     http://127.0.0.1:8080/dav/calendars/me@example.com/birthdays/");
        assertThat(text.err()).contains("kith token create");
        assertThat(json.json().get("events").asString()).isEqualTo("http://127.0.0.1:8080/dav/calendars/me@example.com/events/");
        assertThat(cli.run("dav").exit()).as("a group alone is a usage error").isEqualTo(2);
    }
}
