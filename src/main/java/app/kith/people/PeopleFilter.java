package app.kith.people;

import java.util.Collection;

/**
 * Which people to list. Null fields do not filter. {@code onlyIds} restricts the list to people
 * another module selected (members of an organization, say).
 */
public record PeopleFilter(String query, String tag, Circle circle, RelationshipKind kind, BridgeStatus bridge,
                           Collection<String> onlyIds) {

    public static PeopleFilter everyone() {
        return new PeopleFilter(null, null, null, null, null, null);
    }
}
