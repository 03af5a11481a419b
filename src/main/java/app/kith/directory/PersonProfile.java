package app.kith.directory;

import app.kith.organizations.Affiliation;
import app.kith.people.Person;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a person page shows: the person, where they belong, what happened recently, and how the
 * relationship is doing.
 *
 * @param health             the relationship's health today (0-100); null for the account's own person
 * @param healthExplanation  the reasons for that score, in words; null for the account's own person
 * @param cadenceStatus      on-track, due or overdue by their cadence; null when not tracked
 */
public record PersonProfile(
        Person person,
        String organization,
        String title,
        List<Affiliation> affiliations,
        List<TimelineEntry> recentInteractions,
        List<ConnectionEntry> connections,
        LocalDate lastInteraction,
        Integer health,
        String healthExplanation,
        String cadenceStatus) {

    /** An interaction on the person's timeline, with the names of everyone who was there. */
    public record TimelineEntry(String id, String kind, String direction, LocalDate date, String notes,
                                List<Participant> participants) {
    }

    /** Someone who took part in an interaction. */
    public record Participant(String id, String name) {
    }

    /** A connection of the person, seen from them. */
    public record ConnectionEntry(String id, String personId, String name, String kind, int strength) {
    }
}
