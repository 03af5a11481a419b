package app.kith.dav;

/**
 * A request the DAV server refuses: its status, the WebDAV precondition it failed (an element in
 * {@code DAV:error}, as RFC 4918 16 and RFC 6352 6.3.2 name them; null when none) and a sentence
 * for the user, which clients such as DAVx5 show.
 */
final class DavException extends RuntimeException {
    private final int status;
    private final Xml.Name precondition;

    DavException(int status, Xml.Name precondition, String message) {
        super(message);
        this.status = status;
        this.precondition = precondition;
    }

    DavException(int status, String message) {
        this(status, null, message);
    }

    int status() {
        return status;
    }

    Xml.Name precondition() {
        return precondition;
    }
}
