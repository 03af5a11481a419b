package app.kith.people;

import java.util.List;

/** A person as a row in a list: enough to recognize them and filter, without their whole record. */
public record PersonSummary(
        String id,
        String name,
        String nickname,
        List<String> emails,
        Relationship relationship,
        List<String> tags,
        boolean self) {
}
