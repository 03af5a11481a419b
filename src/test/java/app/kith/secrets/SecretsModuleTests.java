package app.kith.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server secrets on their own: a signing key made once and kept in the database, so every node
 * (here: a second Signatures on the same database) signs alike; KITH_SECRET_KEY replaces it. Sealed
 * credentials open on every node, for their own context only, and not under another key.
 */
class SecretsModuleTests {

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "people", "secrets", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        Signatures signatures;
        @Autowired
        ServerSecrets secrets;
        @Autowired
        Sealing sealing;

        @Test
        void signaturesVerifyForTheirPurposeOnEveryNodeAndNotWithAnotherKey() {
            String signed = signatures.sign("unsubscribe", "account.1");

            assertThat(signatures.verifies("unsubscribe", "account.1", signed)).isTrue();
            assertThat(signatures.verifies("unsubscribe", "account.2", signed)).isFalse();
            assertThat(signatures.verifies("login", "account.1", signed)).as("another purpose").isFalse();
            assertThat(signatures.verifies("unsubscribe", "account.1", "not base64 !")).isFalse();
            assertThat(new Signatures(new ServerKey("", secrets)).sign("unsubscribe", "account.1")).as("another node")
                    .isEqualTo(signed);
            assertThat(new Signatures(new ServerKey("an operator's own key", secrets))
                    .verifies("unsubscribe", "account.1", signed)).isFalse();
        }

        @Test
        void sealedSecretsOpenOnEveryNodeForTheirContextOnlyAndNotUnderAnotherKey() {
            String sealed = sealing.seal("source", "account-1/source-1", "app password: ÆØÅ 🔑");
            String again = sealing.seal("source", "account-1/source-1", "app password: ÆØÅ 🔑");

            assertThat(sealed).startsWith("v1.").doesNotContain("app password").isNotEqualTo(again);
            assertThat(sealing.open("source", "account-1/source-1", sealed)).isEqualTo("app password: ÆØÅ 🔑");
            assertThat(new Sealing(new ServerKey("", secrets)).open("source", "account-1/source-1", again))
                    .as("another node").isEqualTo("app password: ÆØÅ 🔑");
            assertThatThrownBy(() -> sealing.open("source", "account-2/source-1", sealed))
                    .as("copied to another row").isInstanceOf(Sealing.SealBroken.class);
            assertThatThrownBy(() -> sealing.open("signing", "account-1/source-1", sealed))
                    .as("another purpose").isInstanceOf(Sealing.SealBroken.class);
            assertThatThrownBy(() -> new Sealing(new ServerKey("an operator's own key", secrets))
                    .open("source", "account-1/source-1", sealed)).isInstanceOf(Sealing.SealBroken.class)
                    .hasMessageContaining("KITH_SECRET_KEY");
            String altered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
            assertThatThrownBy(() -> sealing.open("source", "account-1/source-1", altered))
                    .isInstanceOf(Sealing.SealBroken.class);
            assertThatThrownBy(() -> sealing.open("source", "account-1/source-1", "plain text"))
                    .isInstanceOf(Sealing.SealBroken.class);
        }
    }
}
