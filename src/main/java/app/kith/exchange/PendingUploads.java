package app.kith.exchange;

import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded import files kept between the preview and the confirmation, in the database so that any
 * node can confirm what another previewed. Each is named by a random token, stored in parts of at
 * most {@link #PART} bytes and read back part by part; nobody's upload outlives {@link #KEPT_FOR}.
 */
@Repository
public class PendingUploads {
    static final int PART = 1 << 20;
    public static final Duration KEPT_FOR = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An upload kept: the token that opens it again, and its size in bytes. */
    public record Kept(String token, long size) {
    }

    /** Keeps the content under a new token, all or nothing; uploads older than a day go first. */
    @Transactional
    public Kept keep(AccountId account, InputStream content) throws IOException {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM pending_uploads WHERE created_at < ?").param(now.minus(KEPT_FOR).toString()).update();
        String token = Ids.secret(24);
        long size = 0;
        int part = 0;
        byte[] buffer;
        while ((buffer = content.readNBytes(PART)).length > 0) {
            jdbc.sql("INSERT INTO pending_uploads (account_id, token, part, content, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(account.value(), token, part++, buffer, now.toString()).update();
            size += buffer.length;
        }
        if (part == 0) {
            jdbc.sql("INSERT INTO pending_uploads (account_id, token, part, content, created_at) VALUES (?, ?, 0, ?, ?)")
                    .params(account.value(), token, new byte[0], now.toString()).update();
        }
        return new Kept(token, size);
    }

    /** The kept upload as a file to import under this name, if the account has one by this token. */
    public Optional<ImportFile> open(AccountId account, String token, String name) {
        Integer parts = jdbc.sql("SELECT COUNT(*) FROM pending_uploads WHERE account_id = ? AND token = ?")
                .params(account.value(), token).query(Integer.class).single();
        if (parts == 0) {
            return Optional.empty();
        }
        long size = jdbc.sql("SELECT COALESCE(SUM(LENGTH(content)), 0) FROM pending_uploads WHERE account_id = ? AND token = ?")
                .params(account.value(), token).query(Long.class).single();
        return Optional.of(new ImportFile(name, size, () -> new SequenceInputStream(new Parts(account, token, parts))));
    }

    /** Deletes the upload; nothing happens when there is none. */
    public void discard(AccountId account, String token) {
        jdbc.sql("DELETE FROM pending_uploads WHERE account_id = ? AND token = ?").params(account.value(), token).update();
    }

    /** Reads one part at a time, as the reader reaches it. */
    private final class Parts implements Enumeration<InputStream> {
        private final AccountId account;
        private final String token;
        private final int count;
        private int next;

        Parts(AccountId account, String token, int count) {
            this.account = account;
            this.token = token;
            this.count = count;
        }

        @Override
        public boolean hasMoreElements() {
            return next < count;
        }

        @Override
        public InputStream nextElement() {
            byte[] bytes = jdbc.sql("SELECT content FROM pending_uploads WHERE account_id = ? AND token = ? AND part = ?")
                    .params(account.value(), token, next++).query(byte[].class).optional()
                    .orElseThrow(() -> new UncheckedIOException(new IOException("the upload is no longer kept")));
            return new ByteArrayInputStream(bytes);
        }
    }
}
