package app.kith.connections;

import app.kith.shared.AccountId;

/** Announced, inside the writer's transaction, whenever the account's connections changed. */
public record ConnectionsChanged(AccountId account) {
}
