package app.kith.digest;

/**
 * A channel could not deliver: {@code getMessage()} says why in the receiving server's words where
 * it gave any. A {@code permanent} failure (refused address, a 5xx from the mail server, a 4xx from
 * the webhook, a channel the server cannot use) is not retried: trying again would fail the same way.
 */
class ChannelFailure extends Exception {
    private final boolean permanent;

    ChannelFailure(String message, boolean permanent) {
        super(message, null, false, false);
        this.permanent = permanent;
    }

    boolean permanent() {
        return permanent;
    }
}
