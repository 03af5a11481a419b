package app.kith.people;

/** Two people who look like one: the same email, phone or LinkedIn profile, or the same name. */
public record DuplicatePair(String keepId, String keepName, String otherId, String otherName, String reason) {
}
