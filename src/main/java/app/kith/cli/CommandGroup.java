package app.kith.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that only groups sub-commands ({@code people}, {@code token}, {@code dev}): run alone,
 * it is a usage error that lists what it groups.
 */
abstract class CommandGroup implements Runnable {

    @ParentCommand
    KithCommand kith;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "name a command: " + String.join(", ", spec.subcommands().keySet()));
    }
}
