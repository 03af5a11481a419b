package app.kith.people;

/** Someone in a strained or repairing relationship, and nothing more: what Today's bridges read. */
public record Mending(String personId, String name, BridgeStatus bridge) {
}
