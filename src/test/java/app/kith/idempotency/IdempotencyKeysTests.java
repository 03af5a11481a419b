package app.kith.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;

/** The kept answers behind Idempotency-Key, on SQLite and on PostgreSQL. */
class IdempotencyKeysTests {

    @DatabaseTest
    void aKeyIsClaimedOncePerAccountKeptAndReleased(IdempotencyKeys keys, AccountId account, AccountId other) {
        assertThat(keys.claim(account, "k-1")).isTrue();
        assertThat(keys.claim(account, "k-1")).as("the same account again").isFalse();
        assertThat(keys.claim(other, "k-1")).as("another account's key of the same name").isTrue();
        assertThat(keys.find(account, "k-1")).hasValueSatisfying(kept -> assertThat(kept.answered()).isFalse());

        byte[] body = "{\"id\":\"x\"}".getBytes();
        keys.keep(account, "k-1", new StoredAnswer("print", 201, "application/json", "/api/v1/people/x", body));

        StoredAnswer kept = keys.find(account, "k-1").orElseThrow();
        assertThat(kept.status()).isEqualTo(201);
        assertThat(kept.fingerprint()).isEqualTo("print");
        assertThat(kept.location()).isEqualTo("/api/v1/people/x");
        assertThat(kept.body()).isEqualTo(body);
        assertThat(keys.find(other, "k-1").orElseThrow().answered()).isFalse();

        keys.release(account, "k-1");

        assertThat(keys.find(account, "k-1")).isEmpty();
        assertThat(keys.claim(account, "k-1")).isTrue();
    }
}
