package app.kith.shared;

/** A request that contradicts what is already stored (a second account with the same email, say). */
public final class ConflictException extends KithException {
    public ConflictException(String message) {
        super(message);
    }
}
