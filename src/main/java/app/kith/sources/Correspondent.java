package app.kith.sources;

/** Someone a captured message was exchanged with: an email address (lower case) and the name it came with. */
public record Correspondent(String email, String name) {
}
