package app.kith.testing;

import app.kith.accounts.AccountService;
import app.kith.shared.AccountId;
import java.util.UUID;

/** Accounts for tests: each new and empty but for its self person, so tests never see each other's data. */
public final class TestAccounts {
    private TestAccounts() {
    }

    public static AccountId fresh(AccountService accounts) {
        return accounts.create("user-" + UUID.randomUUID() + "@example.com", "Test Owner", null).id();
    }
}
