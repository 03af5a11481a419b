package app.kith.dav;

/** Sync tokens (RFC 6578) are URIs holding the account's change number (address book and calendars share it). */
final class SyncTokens {
    private static final String PREFIX = "http://kith.app/ns/sync/";

    private SyncTokens() {
    }

    static String of(long seq) {
        return PREFIX + seq;
    }

    /**
     * The change number of a token this server gave out and still answers (not below the newest pruned
     * tombstone, {@code floor}); anything else is 403 valid-sync-token, and the client syncs from the start.
     */
    static long parse(String token, long floor, long now) {
        if (token.startsWith(PREFIX)) {
            try {
                long seq = Long.parseLong(token.substring(PREFIX.length()));
                if (seq >= floor && seq <= now) {
                    return seq;
                }
            } catch (NumberFormatException e) {
                // Falls through to the refusal below.
            }
        }
        throw new DavException(403, Xml.Name.dav("valid-sync-token"),
                "This sync token is not one Kith still answers for this collection; sync again from the start.");
    }
}
