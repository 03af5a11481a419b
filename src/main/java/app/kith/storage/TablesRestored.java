package app.kith.storage;

import app.kith.shared.AccountId;

/**
 * Announced, inside the restoring transaction, when a restore wrote rows into the account's tables
 * ({@link AccountTables}) directly: modules that keep derived data or tell others about changes catch up.
 */
public record TablesRestored(AccountId account) {
}
