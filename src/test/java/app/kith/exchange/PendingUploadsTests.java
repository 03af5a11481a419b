package app.kith.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploads kept between an import's preview and its confirmation live in the database, in parts, so
 * any node can read back what another kept; on SQLite and on PostgreSQL.
 */
class PendingUploadsTests {

    @DatabaseTest
    void anUploadOfSeveralPartsReadsBackByteForByteAndOnlyForItsAccount(PendingUploads uploads, JdbcClient jdbc,
                                                                        AccountId owner, AccountId other)
            throws Exception {
        byte[] content = new byte[PendingUploads.PART * 2 + 12_345];
        new Random(7).nextBytes(content);

        PendingUploads.Kept kept = uploads.keep(owner, new ByteArrayInputStream(content));

        assertThat(kept.size()).isEqualTo(content.length);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pending_uploads WHERE token = ?").param(kept.token())
                .query(Integer.class).single()).isEqualTo(3);
        ImportFile file = uploads.open(owner, kept.token(), "Connections.csv").orElseThrow();
        assertThat(file.name()).isEqualTo("Connections.csv");
        assertThat(file.size()).isEqualTo(content.length);
        for (int read = 0; read < 2; read++) {
            try (InputStream in = file.opener().open()) {
                assertThat(in.readAllBytes()).as("read %d", read).isEqualTo(content);
            }
        }
        assertThat(uploads.open(other, kept.token(), "x")).isEmpty();
        uploads.discard(other, kept.token());
        assertThat(uploads.open(owner, kept.token(), "x")).isPresent();

        uploads.discard(owner, kept.token());

        assertThat(uploads.open(owner, kept.token(), "x")).isEmpty();
    }

    @DatabaseTest
    void uploadsOlderThanADayGoWhenTheNextIsKept(PendingUploads uploads, JdbcClient jdbc, AccountId account)
            throws Exception {
        PendingUploads.Kept old = uploads.keep(account, new ByteArrayInputStream(new byte[] {1, 2, 3}));
        jdbc.sql("UPDATE pending_uploads SET created_at = ? WHERE token = ?")
                .params("2000-01-01T00:00:00Z", old.token()).update();

        PendingUploads.Kept fresh = uploads.keep(account, new ByteArrayInputStream(new byte[] {4}));

        assertThat(uploads.open(account, old.token(), "x")).isEmpty();
        assertThat(uploads.open(account, fresh.token(), "x")).isPresent();
    }
}
