package app.kith.digest;

import app.kith.shared.Choice;

/**
 * Where a delivery stands: {@code sending} (claimed by a node, in flight), {@code sent},
 * {@code failed} (retried later when it says so) or {@code skipped-empty} (nothing to say that day).
 */
public enum DeliveryStatus implements Choice {
    SENDING, SENT, FAILED, SKIPPED_EMPTY
}
