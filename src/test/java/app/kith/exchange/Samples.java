package app.kith.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample files of src/test/resources/samples (copies of the project's shared samples) and small fixtures. */
final class Samples {
    private Samples() {
    }

    static ImportFile sample(String path) {
        return ImportFile.of(path.substring(path.lastIndexOf('/') + 1), bytes(path));
    }

    static byte[] bytes(String path) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportFile text(String name, String content) {
        return ImportFile.of(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
