package app.kith.digest;

/** A digest as a message: its subject, the plain-text part and the HTML part (every user text escaped). */
record RenderedDigest(String subject, String text, String html) {
}
