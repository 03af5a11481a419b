package app.kith.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one statement of who is due: a tracked person is due {@code cadence} days after their latest
 * real touch, or from the day they were added (never later than the day asked about) when there has
 * been none; priority is {@code weight × (days since due + cadence) / cadence}. It is written twice
 * over, side by side, because it runs in two places: as SQL over everyone's kept latest touch, and in
 * Java for the few people whose latest touch is after the day asked about and so must be judged by
 * their touches before it. {@code DueRuleTests} holds the two to the same answers. The same due day
 * gives a person's {@link CadenceStatus}: overdue once the maximum interval has passed as well.
 */
final class DueRule {
    private final DueQuery query;

    DueRule(DueQuery query) {
        this.query = query;
    }

    /** SQL for the person's cadence in days (NULL when not tracked) over {@code people p}. */
    String cadenceSql() {
        return "COALESCE(p.cadence_days, " + byCircle(query.cadences(), "NULL") + ")";
    }

    /** SQL for the person's circle weight over {@code people p}. */
    String weightSql() {
        return byCircle(query.weights(), "1");
    }

    /**
     * SQL for the due day from {@code last} (a day number or NULL), the cadence and the day asked
     * about, bound twice as a parameter.
     */
    String dueDaySql(String last, String cadence) {
        return "CASE WHEN " + last + " IS NOT NULL THEN " + last + " + " + cadence
                + " WHEN p.added_day < ? THEN p.added_day ELSE ? END";
    }

    /** SQL for the priority from the day asked about (bound once), the due day, cadence and weight. */
    static String prioritySql(String dueDay, String cadence, String weight) {
        return weight + " * (? - " + dueDay + " + " + cadence + ") * 1.0 / " + cadence;
    }

    /** The person as due on the day, given their latest real touch on or before it (null: none). */
    Optional<DuePerson> judge(RelationshipFacts person, LocalDate lastTouch) {
        Integer cadence = person.relationship().cadenceOr(query.cadences());
        if (cadence == null) {
            return Optional.empty();
        }
        LocalDate day = query.day();
        LocalDate due = dueDay(person, lastTouch, cadence);
        if (due.isAfter(day)) {
            return Optional.empty();
        }
        int weight = query.weights().getOrDefault(person.relationship().circle(), 1);
        double priority = weight * (ChronoUnit.DAYS.between(due, day) + cadence) * 1.0 / cadence;
        return Optional.of(new DuePerson(person, lastTouch, due, cadence, priority));
    }

    /**
     * The person's status on the day, given their latest real touch on or before it (null: none): due
     * from the due day, overdue from the due day plus the maximum's extra days. Null when they are not
     * tracked (no cadence, yourself, or a bridge being mended), as they are never due then.
     */
    CadenceStatus status(RelationshipFacts person, LocalDate lastTouch) {
        Integer cadence = person.relationship().cadenceOr(query.cadences());
        if (cadence == null || person.self() || person.relationship().mending()) {
            return null;
        }
        LocalDate due = dueDay(person, lastTouch, cadence);
        if (due.isAfter(query.day())) {
            return CadenceStatus.ON_TRACK;
        }
        return due.plusDays(maximum(person, cadence) - cadence).isAfter(query.day()) ? CadenceStatus.DUE
                : CadenceStatus.OVERDUE;
    }

    /** The maximum interval: twice a person's own cadence, else their circle's, never below the cadence. */
    private int maximum(RelationshipFacts person, int cadence) {
        Integer own = person.relationship().cadenceDays();
        Integer byCircle = own != null ? null : query.maximums().get(person.relationship().circle());
        return Math.max(cadence, byCircle != null ? byCircle : 2 * cadence);
    }

    private LocalDate dueDay(RelationshipFacts person, LocalDate lastTouch, int cadence) {
        LocalDate day = query.day();
        return lastTouch != null ? lastTouch.plusDays(cadence) : person.addedOn().isBefore(day) ? person.addedOn() : day;
    }

    private static String byCircle(Map<Circle, Integer> numbers, String otherwise) {
        return numbers.entrySet().stream()
                .map(e -> "WHEN '" + e.getKey().wire() + "' THEN " + e.getValue().intValue())
                .collect(Collectors.joining(" ", "CASE p.circle ", " ELSE " + otherwise + " END"));
    }
}
