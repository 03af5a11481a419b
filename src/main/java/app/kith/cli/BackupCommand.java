package app.kith.cli;

import app.kith.backup.BackupService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kith backup FILE}: a consistent copy of the whole database, even while the server writes. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the whole database to FILE.")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    KithCommand kith;

    @Parameters(paramLabel = "FILE", description = "Where to write the backup.")
    String file;

    @Override
    public Integer call() {
        try (Backend backend = kith.open()) {
            backend.get(BackupService.class).backup(Path.of(file));
            kith.console().note("Backed up to " + file);
            return ExitCodes.OK;
        }
    }
}
