package app.kith.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server secrets on their own: a signing key made once and kept in the database, so every node
 * (here: a second Signatures on the same database) signs alike; KITH_SECRET_KEY replaces it.
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

        @Test
        void signaturesVerifyForTheirPurposeOnEveryNodeAndNotWithAnotherKey() {
            String signed = signatures.sign("unsubscribe", "account.1");

            assertThat(signatures.verifies("unsubscribe", "account.1", signed)).isTrue();
            assertThat(signatures.verifies("unsubscribe", "account.2", signed)).isFalse();
            assertThat(signatures.verifies("login", "account.1", signed)).as("another purpose").isFalse();
            assertThat(signatures.verifies("unsubscribe", "account.1", "not base64 !")).isFalse();
            assertThat(new Signatures("", secrets).sign("unsubscribe", "account.1")).as("another node")
                    .isEqualTo(signed);
            assertThat(new Signatures("an operator's own key", secrets).verifies("unsubscribe", "account.1", signed))
                    .isFalse();
        }
    }
}
