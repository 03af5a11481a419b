package app.kith.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;

/**
 * The command line (SPEC 4.1): {@code kith [global options] COMMAND}. Arguments are parsed before
 * anything else starts, so a usage error exits 2 at once; only commands that need data start the
 * (non-web) application context, and only {@code serve} starts the web server.
 */
public final class KithCli {
    private KithCli() {
    }

    /** Runs one command on the process's standard streams and returns its exit code. */
    public static int run(String[] args) {
        return run(args, System.in, System.out, System.err);
    }

    /** Runs one command on the given streams (tests pass their own) and returns its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Console console = new Console(in, out, err);
        CommandLine cli = new CommandLine(new KithCommand(console));
        cli.setOut(new PrintWriter(out, true, charset(out)));
        cli.setErr(new PrintWriter(err, true, charset(err)));
        cli.setParameterExceptionHandler((e, ignored) -> ExitCodes.usage(e, console));
        cli.setExecutionExceptionHandler((e, ignored, parsed) -> ExitCodes.failure(e, console));
        return cli.execute(args);
    }

    private static Charset charset(PrintStream stream) {
        return stream.charset();
    }
}
