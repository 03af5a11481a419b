package app.kith.people;

import java.util.List;

/** The person kept after a merge, and the values of the other person that differed and were not taken. */
public record MergeResult(Person kept, String mergedId, List<String> conflicts) {
}
