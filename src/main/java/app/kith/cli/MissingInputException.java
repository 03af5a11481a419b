package app.kith.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** An input file that does not exist or cannot be read (exit 66). */
final class MissingInputException extends RuntimeException {
    MissingInputException(String message) {
        super(message);
    }

    /** Checks a file a command is about to read, before anything starts. */
    static Path readable(String file) {
        try {
            Path path = Path.of(file);
            if (Files.isRegularFile(path) && Files.isReadable(path)) {
                return path;
            }
        } catch (InvalidPathException e) {
            // Not a possible file name: reported like a missing file.
        }
        throw new MissingInputException(file + ": no such file, or it cannot be read");
    }
}
