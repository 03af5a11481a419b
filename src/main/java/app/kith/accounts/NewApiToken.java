package app.kith.accounts;

/** A token just created: {@code secret} is shown this once and cannot be recovered later. */
public record NewApiToken(String id, String name, String secret) {
}
