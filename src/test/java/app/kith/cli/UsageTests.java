package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Mistakes caught before anything starts: these runs never open a database. */
class UsageTests {
    private final Cli cli = Cli.onSqlite();

    @Test
    void unknownOptionsAndCommandsAreUsageErrors() {
        Cli.Result unknownOption = cli.run("people", "list", "--colour", "blue");
        Cli.Result unknownCommand = cli.run("befriend", "everyone");
        Cli.Result noCommand = cli.run();

        assertThat(unknownOption.exit()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("--colour");
        assertThat(unknownOption.out()).isEmpty();
        assertThat(unknownCommand.exit()).isEqualTo(2);
        assertThat(noCommand.exit()).isEqualTo(2);
        assertThat(cli.run("people").exit()).isEqualTo(2);
        assertThat(cli.run("serve", "--port", "http").exit()).isEqualTo(2);
        assertThat(cli.run("serve", "--port", "70000").exit()).isEqualTo(2);
        assertThat(cli.run("dev", "seed", "--people", "10").exit()).isEqualTo(2);
    }

    @Test
    void optionsThatDoNotGoTogetherAreRefusedBeforeAnyDatabaseIsOpened() {
        Cli.Result result = Cli.on("--data", "/proc/no-such-folder").run("people", "add", "X", "--title", "CEO");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--title").doesNotContain("data folder");
    }

    @Test
    void helpPrintsUsageOnStandardOutput() {
        Cli.Result help = cli.run("people", "add", "--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--email", "--school", "--birthday");
    }

    @Test
    void helpListsEveryCommandWithWhatItDoes() {
        Cli.Result help = cli.run("--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--data", "serve", "Run the web app and the API.", "people", "today",
                "import", "Import people: FORMAT is linkedin");
    }

    @Test
    void restoringAFileThatIsNotThereExits66() throws Exception {
        Path folder = Files.createTempDirectory("kith-restore");

        Cli.Result missing = cli.run("restore", folder.resolve("no-such-backup.db").toString());
        Cli.Result directory = cli.run("restore", folder.toString());

        assertThat(missing.exit()).isEqualTo(66);
        assertThat(missing.err()).contains("no-such-backup.db").hasLineCount(1);
        assertThat(directory.exit()).isEqualTo(66);
    }
}
