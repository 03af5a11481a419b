package app.kith.cli;

import app.kith.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The streams a command talks to. Standard output carries only a command's result (an id, a table,
 * JSON); messages for people go to standard error.
 */
final class Console {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    Console(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Prints a result line. Text that came from users must already have passed {@link Safe#text}. */
    void out(String line) {
        out.println(line);
        out.flush();
    }

    /** Prints a message for the person at the terminal, never part of a command's result. */
    void note(String message) {
        err.println(Safe.text(message));
        err.flush();
    }

    /**
     * Says how long a long-running command's work took (from {@code startedNanos}, a {@link System#nanoTime}),
     * without the Java start-up around it: "Imported in 2.31 s".
     */
    void took(String what, long startedNanos) {
        note(String.format(Locale.ROOT, "%s in %.2f s", what, (System.nanoTime() - startedNanos) / 1e9));
    }

    /** Reads one line of standard input, without its line ending; null at the end of input. */
    String readLine() {
        try {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    /** A password given with --password-stdin: the first line of standard input, which must not be empty. */
    String passwordLine() {
        String line = readLine();
        if (line == null || line.isEmpty()) {
            throw new InvalidInputException("--password-stdin", "no password on standard input");
        }
        return line;
    }

    /** Standard output as bytes, for a command whose result is a file's content (an export). */
    PrintStream raw() {
        return out;
    }

    PrintStream err() {
        return err;
    }
}
