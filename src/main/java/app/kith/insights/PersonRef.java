package app.kith.insights;

/** A person as insights name them: enough to show and to link. */
public record PersonRef(String id, String name) {
}
