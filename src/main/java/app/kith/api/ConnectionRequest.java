package app.kith.api;

import app.kith.connections.ConnectionChanges;

/**
 * The body of {@code POST /connections} and {@code PATCH /connections/{id}}. {@code kind} is knows,
 * introduced-by (personA was introduced by personB), colleague, family or partner; strength 1-5.
 * The two people of a connection cannot change; on PATCH null leaves a field as it is.
 */
record ConnectionRequest(String personA, String personB, String kind, Integer strength, String note) {

    ConnectionChanges changes() {
        return new ConnectionChanges(personA, personB, kind, strength, note);
    }
}
