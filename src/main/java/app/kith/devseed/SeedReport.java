package app.kith.devseed;

/** What a seed run created. */
public record SeedReport(int people, int organizations, int affiliations, int interactions, int connections) {
}
