package app.kith.insights;

import app.kith.people.Circle;
import app.kith.people.DueQuery;
import app.kith.people.RelationshipFacts;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * An account's ideal and maximum interval per circle, resolved against Kith's defaults (the maximum
 * is twice the ideal unless set); a snapshot for one computation.
 */
record Cadences(Map<Circle, Integer> days, Map<Circle, Integer> maximums) {
    static final Map<Circle, Integer> DEFAULTS = Map.of(Circle.INNER, 14, Circle.CLOSE, 30, Circle.NETWORK, 90,
            Circle.ACQUAINTANCE, 180);

    static Cadences with(Map<Circle, CircleCadences.OwnCadence> overrides) {
        Map<Circle, Integer> days = new EnumMap<>(DEFAULTS);
        overrides.forEach((circle, own) -> {
            if (own.days() != null) {
                days.put(circle, own.days());
            }
        });
        days.remove(Circle.NONE);
        Map<Circle, Integer> maximums = new EnumMap<>(Circle.class);
        days.forEach((circle, ideal) -> {
            CircleCadences.OwnCadence own = overrides.get(circle);
            Integer set = own == null ? null : own.maximumDays();
            maximums.put(circle, set != null ? Math.max(set, ideal) : 2 * ideal);
        });
        return new Cadences(days, maximums);
    }

    /** Who is due on the day by these cadences, ordered by the weights, the {@code limit} most overdue. */
    DueQuery query(LocalDate day, Map<Circle, Integer> weights, int limit) {
        return new DueQuery(day, days, maximums, weights, limit);
    }

    /** The person's cadence: their own override, else their circle's; null when not tracked. */
    Integer of(RelationshipFacts person) {
        return person.relationship().cadenceOr(days);
    }

    /**
     * The cadence health is measured against: the person's cadence, or for people not tracked the
     * acquaintance cadence, so health still says something about them.
     */
    int forHealth(RelationshipFacts person) {
        Integer cadence = of(person);
        return cadence != null ? cadence : days.get(Circle.ACQUAINTANCE);
    }

    /** Importance in Today's ordering: inner 4, close 3, network 2, acquaintance and none 1. */
    static int weight(Circle circle) {
        return switch (circle) {
            case INNER -> 4;
            case CLOSE -> 3;
            case NETWORK -> 2;
            case ACQUAINTANCE, NONE -> 1;
        };
    }
}
