package app.kith.interactions;

import app.kith.shared.AccountId;

/**
 * Announced, inside the writer's transaction, whenever the account's interactions or their
 * participants changed (logged, edited, deleted, moved by a merge), for what is drawn from them.
 */
public record InteractionsChanged(AccountId account) {
}
