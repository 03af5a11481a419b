package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A data folder that cannot be written (a read-only mount, a backup copy, a folder the user may only
 * read) still answers reads: list, show and export work, and a write says in one line why it cannot.
 * The folder and its files are made read-only for real: {@code chattr +i} as root (which file modes
 * do not stop), file modes otherwise.
 */
class ReadOnlyDataTests {
    private final Path data = TestDatabases.tempDir();
    private final Cli cli = Cli.on("--data", data.toString());

    @Test
    void aReadOnlyDataFolderStillListsShowsAndExportsAndRefusesWritesInOneLine() throws Exception {
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Me").exit()).isZero();
        String ada = cli.run("people", "add", "Ada Lovelace", "--email", "ada@example.com", "--json").json()
                .get("id").asString();
        Path export = Files.createTempFile("kith-read-only", ".json");
        List<Path> locked = readOnly(data);
        try {
            Cli.Result list = cli.run("people", "list", "--json");
            Cli.Result show = cli.run("people", "show", ada, "--json");
            Cli.Result exported = cli.run("export", "json", "--out", export.toString());
            Cli.Result add = cli.run("people", "add", "Grace Hopper");

            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains("Ada Lovelace");
            assertThat(show.exit()).as(show.err()).isZero();
            assertThat(show.json().get("name").asString()).isEqualTo("Ada Lovelace");
            assertThat(exported.exit()).as(exported.err()).isZero();
            assertThat(Files.readString(export)).contains("Ada Lovelace");
            assertThat(add.exit()).isEqualTo(1);
            assertThat(add.err()).contains("read-only").hasLineCount(1).doesNotContain("SQLITE", "Exception");
        } finally {
            writable(locked);
            Files.deleteIfExists(export);
        }
        assertThat(cli.run("people", "list", "--json").out()).doesNotContain("Grace Hopper");
    }

    /** Makes the folder and everything in it read-only; returns what was changed, to undo. */
    private static List<Path> readOnly(Path folder) throws IOException, InterruptedException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).forEach(paths::add);
        }
        paths.add(folder);
        boolean root = "root".equals(System.getProperty("user.name"));
        for (Path path : paths) {
            if (root) {
                run("chattr", "+i", path.toString());
            } else {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
        assertThat(Files.isWritable(folder)).as("the folder is read-only").isFalse();
        return paths;
    }

    private static void writable(List<Path> paths) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        for (Path path : paths) {
            if (root) {
                run("chattr", "-i", path.toString());
            } else {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwx------" : "rw-------"));
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
