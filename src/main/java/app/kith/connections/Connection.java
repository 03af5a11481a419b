package app.kith.connections;

/** A tie between two people of the network, with a strength from 1 (weak) to 5 (strong). */
public record Connection(String id, String personA, String personB, ConnectionKind kind, int strength, String note) {

    /** The other end of the connection, seen from one of its people. */
    public String other(String personId) {
        return personA.equals(personId) ? personB : personA;
    }
}
