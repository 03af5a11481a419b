package app.kith.dav;

/** Sync tokens (RFC 6578) are URIs holding the address book's change number. */
final class SyncTokens {
    private static final String PREFIX = "http://kith.app/ns/sync/";

    private SyncTokens() {
    }

    static String of(long seq) {
        return PREFIX + seq;
    }

    /** The change number of a token this server gave out; anything else is 403 valid-sync-token. */
    static long parse(String token, long now) {
        if (token.startsWith(PREFIX)) {
            try {
                long seq = Long.parseLong(token.substring(PREFIX.length()));
                if (seq >= 0 && seq <= now) {
                    return seq;
                }
            } catch (NumberFormatException e) {
                // Falls through to the refusal below.
            }
        }
        throw new DavException(403, Xml.Name.dav("valid-sync-token"),
                "This sync token is not one Kith gave out for this address book; sync again from the start.");
    }
}
