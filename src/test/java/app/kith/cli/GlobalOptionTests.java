package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The global options work where people type them: before the command, after it, or after a sub-command. */
class GlobalOptionTests {
    private final String data = TestDatabases.tempDir().toString();
    /** No storage options of its own: each run says where they go. */
    private final Cli bare = Cli.on();

    @Test
    void theDataFolderMayComeAfterTheCommand() {
        Cli.Result created = bare.run("init", "--email", "ada@example.com", "--name", "Ada Lovelace", "--data", data);
        Cli.Result added = bare.run("people", "add", "Grace Hopper", "--data", data);

        Cli.Result after = bare.run("people", "list", "--data", data);
        Cli.Result between = bare.run("people", "--data", data, "list");
        Cli.Result before = bare.run("--data", data, "people", "list");

        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out()).contains("Grace Hopper");
        assertThat(between.out()).isEqualTo(after.out());
        assertThat(before.out()).isEqualTo(after.out());
    }

    @Test
    void theAccountMayComeAfterTheCommand() {
        Cli cli = Cli.on("--data", data);
        cli.run("init", "--email", "one@example.com", "--name", "One");
        cli.run("init", "--email", "two@example.com", "--name", "Two");

        Cli.Result today = bare.run("today", "--account", "two@example.com", "--data", data);
        Cli.Result unnamed = bare.run("today", "--data", data);
        Cli.Result self = bare.run("people", "show", "self", "--json", "--data", data, "--account", "two@example.com");

        assertThat(today.exit()).as(today.err()).isZero();
        assertThat(today.out()).startsWith("Today, ");
        assertThat(unnamed.exit()).isEqualTo(2);
        assertThat(unnamed.err()).contains("--account");
        assertThat(self.json().get("name").asString()).isEqualTo("Two");
    }

    @Test
    void serveTakesItsStorageAndPortWhereverTheyAreTyped() {
        CommandLine cli = commandLine("serve", "--data", data, "--port", "9000");
        ParseResult parsed = cli.parseArgs("serve", "--data", data, "--port", "9000");

        KithCommand kith = cli.getCommand();
        ServeCommand serve = parsed.subcommand().commandSpec().commandLine().getCommand();
        assertThat(kith.storage()).containsExactlyEntriesOf(Map.of("kith.data", data));
        assertThat(serve.port).isEqualTo(9000);
    }

    @Test
    void everyGlobalOptionReachesTheStorageSettingsAfterASubCommand() {
        String[] args = {"dev", "seed", "--people", "1", "--interactions", "0", "--db-url", "jdbc:postgresql://db/kith",
                "--db-user", "kith", "--db-password", "secret", "--account", "me@example.com", "--data", data};
        CommandLine cli = commandLine(args);
        cli.parseArgs(args);

        KithCommand kith = cli.getCommand();
        assertThat(kith.storage()).containsEntry("kith.data", data)
                .containsEntry("kith.db.url", "jdbc:postgresql://db/kith").containsEntry("kith.db.user", "kith")
                .containsEntry("kith.db.password", "secret");
        assertThat(kith.accountEmail()).isEqualTo("me@example.com");
    }

    @Test
    void aGlobalOptionWithoutItsValueIsStillAUsageError() {
        Cli.Result afterSubCommand = bare.run("people", "list", "--data");
        Cli.Result afterCommand = bare.run("serve", "--port", "9000", "--account");
        Cli.Result beforeCommand = bare.run("--data");

        assertThat(afterSubCommand.exit()).isEqualTo(2);
        assertThat(afterSubCommand.err()).contains("--data");
        assertThat(afterCommand.exit()).isEqualTo(2);
        assertThat(afterCommand.err()).contains("--account");
        assertThat(beforeCommand.exit()).isEqualTo(2);
    }

    private static CommandLine commandLine(String... args) {
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return KithCli.commandLine(args, new Console(new ByteArrayInputStream(new byte[0]), discard, discard));
    }
}
