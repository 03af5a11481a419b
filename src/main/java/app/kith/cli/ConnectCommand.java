package app.kith.cli;

import app.kith.connections.Connection;
import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kith connect}: records that two people know each other; prints the connection's id. */
@Command(name = "connect", mixinStandardHelpOptions = true, description = "Record that two people know each other.")
final class ConnectCommand implements Callable<Integer> {

    @ParentCommand
    KithCommand kith;

    @Parameters(index = "0", paramLabel = "PERSON_ID", description = "One person (an id, or self).")
    String first;

    @Parameters(index = "1", paramLabel = "PERSON_ID",
            description = "The other (with introduced-by: the one who introduced the first).")
    String second;

    @Option(names = "--kind", paramLabel = "knows|introduced-by|colleague|family|partner",
            description = "How they are connected (default: knows).")
    String kind;

    @Option(names = "--strength", paramLabel = "1-5", description = "How strong the tie is (default: 3).")
    Integer strength;

    @Override
    public Integer call() {
        try (Backend backend = kith.open()) {
            Connection connection = backend.get(ConnectionService.class).connect(
                    backend.account(kith.accountEmail()), new ConnectionChanges(first, second, kind, strength, null));
            kith.console().out(connection.id());
            return ExitCodes.OK;
        }
    }
}
