package app.kith.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.testing.DatabaseTest;
import java.util.UUID;

class AccountServiceTests {

    @DatabaseTest
    void newAccountHasItsSelfPersonAndACheckablePassword(AccountService accounts, PeopleService people) {
        String email = "Owner-" + UUID.randomUUID() + "@Example.com";
        Account account = accounts.create(email, "Olu Owner", "correct horse battery");

        assertThat(people.get(account.id(), "self").name()).isEqualTo("Olu Owner");
        assertThat(account.selfPersonId()).isEqualTo(people.selfId(account.id()));
        assertThat(accounts.byEmail(email.toLowerCase())).contains(account);
        assertThat(accounts.passwordMatches(account.id(), "correct horse battery")).isTrue();
        assertThat(accounts.passwordMatches(account.id(), "wrong password")).isFalse();
        assertThatThrownBy(() -> accounts.create(email.toUpperCase(), "Again", null)).isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void badAccountDetailsNameTheField(AccountService accounts) {
        assertThatThrownBy(() -> accounts.create("nope", "N", null))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("email:");
        assertThatThrownBy(() -> accounts.create("short@example.com", "N", "1234567"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("password:");
        assertThat(accounts.byEmail("short@example.com")).isEmpty();
    }

    @DatabaseTest
    void tokensAuthenticateUntilRevokedAndAreStoredHashed(TokenService tokens, AccountId account, AccountId other) {
        NewApiToken token = tokens.create(account, "laptop");

        assertThat(tokens.authenticate(token.secret())).contains(account);
        assertThat(tokens.authenticate(token.secret() + "x")).isEmpty();
        assertThatThrownBy(() -> tokens.revoke(other, token.id())).isInstanceOf(NotFoundException.class);
        assertThat(tokens.authenticate(token.secret())).contains(account);
        tokens.revoke(account, token.id());
        assertThat(tokens.authenticate(token.secret())).isEmpty();
        assertThat(tokens.list(account)).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }
}
