package app.kith.shared;

import java.util.Objects;

/**
 * The account a piece of data belongs to. Every service method takes one as its first argument:
 * this is Kith's single account-scoping mechanism, and every query filters on it.
 */
public record AccountId(String value) {
    public AccountId {
        Objects.requireNonNull(value, "account id");
    }

    @Override
    public String toString() {
        return value;
    }
}
