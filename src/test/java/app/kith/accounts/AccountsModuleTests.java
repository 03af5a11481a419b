package app.kith.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The accounts module on its own, with the people module its self person lives in: signing in with
 * a password, API tokens, and deleting an account with all of its data.
 */
class AccountsModuleTests {
    private static final String PASSWORD = "correct horse battery";

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        AccountService accounts;
        @Autowired
        TokenService tokens;

        @Test
        void onlyTheCurrentPasswordSignsIn() {
            String email = "owner-" + UUID.randomUUID() + "@example.com";
            Account owner = accounts.create(email, "Olu Owner", PASSWORD);

            assertThat(people.get(owner.id(), "self").name()).isEqualTo("Olu Owner");
            assertThat(accounts.authenticate(email, PASSWORD)).contains(owner);
            assertThat(accounts.authenticate(email, "wrong horse battery")).isEmpty();
            assertThatThrownBy(() -> accounts.changePassword(owner.id(), "wrong horse battery", "a new password"))
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("currentPassword");

            accounts.changePassword(owner.id(), PASSWORD, "a new password");

            assertThat(accounts.authenticate(email, PASSWORD)).isEmpty();
            assertThat(accounts.authenticate(email, "a new password")).contains(owner);
        }

        @Test
        void aTokenActsForItsAccountUntilRevokedAndDeletingTheAccountDeletesItsPeople() {
            NewApiToken token = tokens.create(account, "laptop");
            String ana = person("Ana Lima", "close");

            assertThat(tokens.authenticate(token.secret())).contains(account);
            assertThat(tokens.list(account)).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());

            tokens.revoke(account, token.id());

            assertThat(tokens.authenticate(token.secret())).isEmpty();
            assertThat(tokens.list(account)).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());

            AccountId gone = account;
            accounts.delete(gone);

            assertThatThrownBy(() -> accounts.get(gone)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> people.get(gone, ana)).isInstanceOf(NotFoundException.class);
        }
    }
}
