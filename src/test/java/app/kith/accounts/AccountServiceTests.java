package app.kith.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.testing.DatabaseTest;
import app.kith.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
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

    @DatabaseTest
    void lastUsedIsWrittenAtMostOnceAMinute(ApiTokens stored, AccountId account) {
        MovableClock clock = new MovableClock(Instant.parse("2025-06-30T09:00:00Z"));
        TokenService tokens = new TokenService(stored, clock);
        NewApiToken token = tokens.create(account, "cli");
        assertThat(lastUsed(tokens, account)).isNull();

        tokens.authenticate(token.secret());
        Instant first = lastUsed(tokens, account);
        clock.advance(Duration.ofSeconds(59));
        tokens.authenticate(token.secret());
        Instant withinTheMinute = lastUsed(tokens, account);
        clock.advance(Duration.ofSeconds(2));
        tokens.authenticate(token.secret());

        assertThat(first).isEqualTo("2025-06-30T09:00:00Z");
        assertThat(withinTheMinute).as("a read within the minute writes nothing").isEqualTo(first);
        assertThat(lastUsed(tokens, account)).isEqualTo("2025-06-30T09:01:01Z");
    }

    private static Instant lastUsed(TokenService tokens, AccountId account) {
        return tokens.list(account).getFirst().lastUsedAt();
    }

    @DatabaseTest
    void signInAnswersTheSameForAnUnknownEmailAndAWrongPassword(AccountService accounts) {
        String email = "web-" + UUID.randomUUID() + "@example.com";
        Account account = accounts.create(email, "Web Owner", "correct horse battery");

        assertThat(accounts.authenticate(email.toUpperCase(), "correct horse battery")).contains(account);
        assertThat(accounts.authenticate(email, "wrong horse battery")).isEmpty();
        assertThat(accounts.authenticate("nobody-" + email, "correct horse battery")).isEmpty();
        assertThat(accounts.authenticate(email, null)).isEmpty();
    }

    @DatabaseTest
    void passwordChangesOnlyWithTheCurrentOneAndWithinLimits(AccountService accounts) {
        Account account = accounts.create("pw-" + UUID.randomUUID() + "@example.com", "P", "correct horse battery");

        assertThatThrownBy(() -> accounts.changePassword(account.id(), "wrong", "a new long password"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("currentPassword:");
        assertThatThrownBy(() -> accounts.changePassword(account.id(), "correct horse battery", "x".repeat(129)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("password:");
        assertThat(accounts.passwordMatches(account.id(), "correct horse battery")).isTrue();

        String long200Bytes = "é".repeat(100) + " zebra quartz violin";
        accounts.changePassword(account.id(), "correct horse battery", long200Bytes);

        assertThat(accounts.passwordMatches(account.id(), long200Bytes)).isTrue();
        assertThat(accounts.passwordMatches(account.id(), "correct horse battery")).isFalse();
    }

    @DatabaseTest
    void newPasswordsAreLongAndNotCommonOrEasyToGuess(AccountService accounts) {
        String email = "rule-" + UUID.randomUUID() + "@example.com";

        assertThatThrownBy(() -> accounts.create(email, "R", "zebra quart"))
                .hasMessage("password: must be between 12 and 128 characters");
        assertThatThrownBy(() -> accounts.create(email, "R", "password1234"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("password: is");
        assertThatThrownBy(() -> accounts.create(email, "R", " ".repeat(12)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("password: is too easy to guess");
        assertThatThrownBy(() -> accounts.create(email, "R", "passwordpassword"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("password: is too easy to guess");
        assertThat(accounts.byEmail(email)).isEmpty();

        assertThat(accounts.create(email, "R", "zebra quartz violin").email()).isEqualTo(email);
    }
}
