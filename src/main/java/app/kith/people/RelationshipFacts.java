package app.kith.people;

import java.time.LocalDate;

/**
 * The few facts about a person that relationship insights work from, without contact points or
 * tags, so a whole network can be read in one query.
 *
 * @param cadenceDays the person's own cadence override, or null to use their circle's
 * @param addedOn     the day the person was added to Kith (UTC)
 */
public record RelationshipFacts(String id, String name, Relationship relationship, Birthday birthday, boolean self,
                                LocalDate addedOn) {
}
