package app.kith.dav;

/**
 * A person's address book resource: its name, the card's UID, its change number (the ETag) and, for
 * a card a client wrote, what the client sent. A deleted row is a tombstone.
 */
record CardRow(String personId, String href, String uid, long seq, boolean deleted, String card) {

    /** The strong entity tag of the card as it is now. */
    String etag() {
        return Etags.of(seq);
    }
}
