package app.kith.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to import: its name (for messages and for recognizing LinkedIn's CSV files), its size, and
 * a way to open it. It is read as a stream, so a large vCard file never sits in memory whole.
 */
public record ImportFile(String name, long size, Opener opener) {

    /** Opens the file's content. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static ImportFile of(Path path) throws IOException {
        return new ImportFile(path.getFileName().toString(), Files.size(path), () -> Files.newInputStream(path));
    }

    public static ImportFile of(String name, byte[] bytes) {
        return new ImportFile(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }
}
