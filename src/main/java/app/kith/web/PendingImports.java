package app.kith.web;

import app.kith.exchange.ImportFile;
import app.kith.shared.Ids;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files kept between the preview and the confirmation. The bytes go to a file in
 * the data folder named by a random token; the session holds that token (never a path the browser
 * sent), and the confirmation must bring the same token back. A file is deleted once imported or
 * cancelled, when the same session uploads another, and at the latest a day later.
 */
@Component
class PendingImports {
    static final String SESSION_KEY = "kith.pendingImport";
    static final Duration KEPT_FOR = Duration.ofDays(1);
    private final Path folder;
    private final Clock clock;

    PendingImports(@Value("${kith.data}") String data, Clock clock) {
        this.folder = Path.of(data, "uploads");
        this.clock = clock;
    }

    /** An upload waiting for its confirmation: what the session remembers about it. */
    record Pending(String token, String name, String format, long size, boolean messageBodies)
            implements Serializable {
    }

    /** Keeps the upload for this session, in place of any earlier one, and returns what was kept. */
    Pending keep(HttpSession session, String name, String format, boolean messageBodies, InputStream content) {
        discard(session);
        sweep();
        String token = token();
        try {
            Files.createDirectories(folder);
            long size = Files.copy(content, file(token), StandardCopyOption.REPLACE_EXISTING);
            Pending pending = new Pending(token, name, format, size, messageBodies);
            session.setAttribute(SESSION_KEY, pending);
            return pending;
        } catch (IOException e) {
            delete(token);
            throw new UncheckedIOException(e);
        }
    }

    /** The upload of this session if the token the browser sent back is its own; null otherwise. */
    Pending find(HttpSession session, String token) {
        return session.getAttribute(SESSION_KEY) instanceof Pending pending && pending.token().equals(token)
                && Files.isRegularFile(file(pending.token())) ? pending : null;
    }

    ImportFile open(Pending pending) {
        Path path = file(pending.token());
        return new ImportFile(pending.name(), pending.size(), () -> Files.newInputStream(path));
    }

    /** Forgets this session's upload and deletes its file. */
    void discard(HttpSession session) {
        if (session.getAttribute(SESSION_KEY) instanceof Pending pending) {
            delete(pending.token());
        }
        session.removeAttribute(SESSION_KEY);
    }

    private Path file(String token) {
        return folder.resolve(token + ".upload");
    }

    private void delete(String token) {
        try {
            Files.deleteIfExists(file(token));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes uploads nobody confirmed or cancelled (the session ended, the tab was closed). */
    private void sweep() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant before = clock.instant().minus(KEPT_FOR);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String token() {
        return Ids.secret(24);
    }
}
