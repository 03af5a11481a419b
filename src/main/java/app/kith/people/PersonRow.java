package app.kith.people;

import java.time.Instant;

/** The people table's own columns; contact points, addresses and tags live in tables of their own. */
record PersonRow(
        String id,
        String name,
        String nickname,
        Birthday birthday,
        String howWeMet,
        Relationship relationship,
        String notes,
        boolean self,
        Instant createdAt,
        Instant updatedAt) {
}
