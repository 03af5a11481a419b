package app.kith.sources;

/** A source whose last sync failed, as Today shows it: which one and why, in one line. */
public record SourceProblem(String sourceId, String name, String error) {
}
