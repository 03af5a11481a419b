package app.kith.sources;

/** A sync that cannot go on, with why in one line a user can act on (never a credential). */
class SyncFailure extends RuntimeException {
    SyncFailure(String message) {
        super(message);
    }
}
