package app.kith.cli;

import app.kith.backup.BackupService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kith restore FILE}: replaces the database with a backup, after the backup is checked. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the database with the backup in FILE.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    KithCommand kith;

    @Parameters(paramLabel = "FILE", description = "A file written by 'kith backup'.")
    String file;

    @Override
    public Integer call() {
        Path source = MissingInputException.readable(file);
        try (Backend backend = kith.open()) {
            backend.get(BackupService.class).restore(source);
            kith.console().note("Restored from " + file);
            return ExitCodes.OK;
        }
    }
}
