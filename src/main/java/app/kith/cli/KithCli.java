package app.kith.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line (SPEC 4.1): {@code kith [global options] COMMAND}, where the global options may
 * also follow the command. Arguments are parsed before anything else starts, so a usage error exits
 * 2 at once; only commands that need data start the (non-web) application context, and only
 * {@code serve} starts the web server.
 */
public final class KithCli {
    private static final List<Class<?>> COMMANDS = List.of(ServeCommand.class, InitCommand.class,
            PeopleCommand.class, LogCommand.class, ConnectCommand.class, TokenCommand.class, BackupCommand.class,
            RestoreCommand.class, DevCommand.class, TodayCommand.class, PathCommand.class, EventsCommand.class,
            ConferenceCommand.class, CardsCommand.class, ExportCommand.class, ImportCommand.class, DigestCommand.class,
            DavCommand.class, SourcesCommand.class, SuggestionsCommand.class, CadencesCommand.class);
    private static final Set<String> GLOBAL_OPTIONS_WITH_VALUES =
            Set.of("--data", "--db-url", "--db-user", "--db-password", "--account");

    private KithCli() {
    }

    /** The program's entry point: {@code kith [global options] COMMAND}. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command on the process's standard streams and returns its exit code. */
    public static int run(String[] args) {
        return run(args, System.in, System.out, System.err);
    }

    /** Runs one command on the given streams (tests pass their own) and returns its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        // picocli otherwise looks for Groovy on the class path, which costs a search of every jar.
        System.setProperty("picocli.disable.closures", "true");
        Console console = new Console(in, out, err);
        CommandLine cli = commandLine(args, console);
        cli.setOut(new PrintWriter(out, true, out.charset()));
        cli.setErr(new PrintWriter(err, true, err.charset()));
        cli.setParameterExceptionHandler((e, ignored) -> ExitCodes.usage(e, console));
        cli.setExecutionExceptionHandler((e, ignored, parsed) -> ExitCodes.failure(e, console));
        return cli.execute(args);
    }

    /** The model of {@code kith} with the commands these arguments need, ready to parse them. */
    static CommandLine commandLine(String[] args, Console console) {
        CommandLine cli = new CommandLine(new KithCommand(console));
        addCommands(cli, args);
        return cli;
    }

    /**
     * Only the command being run is modelled: picocli reflects over every command it is given,
     * which would slow every run. Help and mistakes, which only list the
     * commands, get each one's name and description. The
     * command is the first word that is neither an option nor a global option's value; global options
     * after it belong to it (they are inherited) and need no skipping.
     */
    private static void addCommands(CommandLine cli, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (GLOBAL_OPTIONS_WITH_VALUES.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                Optional<Class<?>> command = COMMANDS.stream()
                        .filter(c -> c.getAnnotation(Command.class).name().equals(arg)).findFirst();
                if (command.isPresent()) {
                    cli.addSubcommand(command.get());
                    return;
                }
                break;
            }
        }
        COMMANDS.forEach(command -> cli.addSubcommand(outline(command)));
    }

    private static CommandLine outline(Class<?> type) {
        Command command = type.getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.create().name(command.name());
        spec.usageMessage().description(command.description());
        return new CommandLine(spec);
    }
}
