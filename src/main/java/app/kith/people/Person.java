package app.kith.people;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A person as the rest of Kith sees them. */
public record Person(
        String id,
        String name,
        String nickname,
        @JsonUnwrapped ContactInfo contact,
        Birthday birthday,
        String howWeMet,
        @JsonUnwrapped Relationship relationship,
        List<String> tags,
        String notes,
        boolean self,
        Instant createdAt,
        Instant updatedAt) {

    /** The relationship facts of this person, without reading them again. */
    public RelationshipFacts facts() {
        return new RelationshipFacts(id, name, relationship, birthday, self,
                createdAt.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
