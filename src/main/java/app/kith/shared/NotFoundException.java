package app.kith.shared;

/** An id that does not exist in this account (which includes every other account's ids). */
public final class NotFoundException extends KithException {
    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
    }
}
