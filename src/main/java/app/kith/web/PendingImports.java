package app.kith.web;

import app.kith.exchange.ImportFile;
import app.kith.exchange.PendingUploads;
import app.kith.shared.AccountId;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files kept between the preview and the confirmation. The bytes are kept in the
 * database ({@link PendingUploads}), so the confirmation may reach another node than the preview;
 * the session holds their random token (never a path the browser sent), and the confirmation must
 * bring the same token back. An upload is deleted once imported or cancelled, when the same session
 * uploads another, and at the latest a day later.
 */
@Component
class PendingImports {
    static final String SESSION_KEY = "kith.pendingImport";
    private final PendingUploads uploads;

    PendingImports(PendingUploads uploads) {
        this.uploads = uploads;
    }

    /** An upload waiting for its confirmation: what the session remembers about it. */
    record Pending(String token, String name, String format, long size, boolean messageBodies)
            implements Serializable {
    }

    /** Keeps the upload for this session, in place of any earlier one, and returns what was kept. */
    Pending keep(AccountId account, HttpSession session, String name, String format, boolean messageBodies,
                 InputStream content) {
        discard(account, session);
        try {
            PendingUploads.Kept kept = uploads.keep(account, content);
            Pending pending = new Pending(kept.token(), name, format, kept.size(), messageBodies);
            session.setAttribute(SESSION_KEY, pending);
            return pending;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload of this session if the token the browser sent back is its own; null otherwise. */
    Pending find(HttpSession session, String token) {
        return session.getAttribute(SESSION_KEY) instanceof Pending pending && pending.token().equals(token)
                ? pending : null;
    }

    /** The kept upload as a file to import, or null when it is no longer kept. */
    ImportFile file(AccountId account, Pending pending) {
        return uploads.open(account, pending.token(), pending.name()).orElse(null);
    }

    /** Forgets this session's upload and deletes it. */
    void discard(AccountId account, HttpSession session) {
        if (session.getAttribute(SESSION_KEY) instanceof Pending pending) {
            uploads.discard(account, pending.token());
        }
        session.removeAttribute(SESSION_KEY);
    }
}
