package app.kith.idempotency;

/** The first answer to a keyed request, as kept: null status while it is still being answered. */
record StoredAnswer(String fingerprint, Integer status, String contentType, String location, byte[] body) {

    boolean answered() {
        return status != null;
    }
}
