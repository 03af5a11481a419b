package app.kith.insights;

import app.kith.people.Circle;
import app.kith.people.RelationshipFacts;
import java.util.EnumMap;
import java.util.Map;

/** An account's cadence per circle, resolved against Kith's defaults; a snapshot for one computation. */
record Cadences(Map<Circle, Integer> days) {
    static final Map<Circle, Integer> DEFAULTS = Map.of(Circle.INNER, 14, Circle.CLOSE, 30, Circle.NETWORK, 90,
            Circle.ACQUAINTANCE, 180);

    static Cadences with(Map<Circle, Integer> overrides) {
        Map<Circle, Integer> days = new EnumMap<>(DEFAULTS);
        days.putAll(overrides);
        days.remove(Circle.NONE);
        return new Cadences(days);
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
