package app.kith.people;

import java.time.LocalDate;

/**
 * A person due to hear from you.
 *
 * @param lastTouch their latest real touch (never an ask), or null when there has been none
 * @param due       the day the cadence ran out: last touch + cadence, or the day they were added
 * @param priority  the unrounded ordering value of {@link DueQuery}
 */
public record DuePerson(RelationshipFacts facts, LocalDate lastTouch, LocalDate due, int cadence, double priority) {
}
