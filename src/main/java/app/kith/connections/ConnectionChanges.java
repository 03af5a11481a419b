package app.kith.connections;

/** A new connection or what to change on one; kind defaults to knows and strength to 3. */
public record ConnectionChanges(String personA, String personB, String kind, Integer strength, String note) {
}
