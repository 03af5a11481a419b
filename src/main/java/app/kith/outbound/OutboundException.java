package app.kith.outbound;

/**
 * A request to a user-supplied host that was refused by the guard or that failed on the way; the
 * message says which in words a user can act on, and never holds credentials.
 */
public class OutboundException extends RuntimeException {
    private final boolean refused;

    OutboundException(String message, boolean refused) {
        super(message);
        this.refused = refused;
    }

    /** True when the guard refused the address, so no connection was opened. */
    public boolean refused() {
        return refused;
    }
}
