package app.kith.api;

/** The body of {@code POST /tokens}: a name to recognize the token by (optional). */
record TokenRequest(String name) {
}
