package app.kith.testing;

import app.kith.shared.BadDataException;

/**
 * What the parser fuzz tests hold every input to: reading a file either works or fails with
 * {@link BadDataException} (exit 65, HTTP 400) saying {@code FILE:LINE: reason} on one line about the
 * file that was given. Anything else escaping (a NullPointerException, an unchecked exception of a
 * parser library, a StackOverflowError) is a finding.
 */
public final class BadDataOnly {
    private BadDataOnly() {
    }

    /** A run of the code under test that may throw anything. */
    @FunctionalInterface
    public interface Reading {
        void read() throws Exception;
    }

    public static void check(String file, Reading reading) {
        try {
            reading.read();
        } catch (BadDataException e) {
            checkMessage(file, e);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("reading " + file + " failed with " + e + " instead of FILE:LINE: reason", e);
        }
    }

    private static void checkMessage(String file, BadDataException e) {
        // A LinkedIn zip names the file inside it: export.zip/Connections.csv.
        if (!e.file().equals(file) && !e.file().startsWith(file + "/")) {
            throw new AssertionError("the message names '" + e.file() + "', not the file read (" + file + ")", e);
        }
        if (e.line() < 0) {
            throw new AssertionError("the message names line " + e.line(), e);
        }
        if (e.reason() == null || e.reason().isBlank()) {
            throw new AssertionError("the message gives no reason", e);
        }
        // One line on standard error, the same in a problem detail: no newline, no terminal escape from the file.
        int control = e.getMessage().chars().filter(Character::isISOControl).findFirst().orElse(-1);
        if (control >= 0) {
            throw new AssertionError("the message holds the control character U+%04X".formatted(control), e);
        }
    }
}
