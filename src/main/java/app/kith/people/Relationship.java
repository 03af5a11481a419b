package app.kith.people;

import java.util.Map;

/**
 * Where a person stands with you: their circle and cadence (their own, or null for the circle's),
 * what kind of relationship it is, how far trust has come, whether a bridge needs mending, and a
 * partnership's stage and the case for it (null when there is none).
 */
public record Relationship(Circle circle, Integer cadenceDays, RelationshipKind kind, TrustStage trust,
                           BridgeStatus bridge, PartnershipStage partnershipStage, String partnershipCase) {

    /** Their own cadence, else their circle's in {@code byCircle}; null when neither says. */
    public Integer cadenceOr(Map<Circle, Integer> byCircle) {
        return cadenceDays != null ? cadenceDays : byCircle.get(circle);
    }

    /** Whether the relationship is strained or being repaired: a bridge, not someone to nudge or route through. */
    public boolean mending() {
        return bridge == BridgeStatus.STRAINED || bridge == BridgeStatus.REPAIRING;
    }

    /** Someone just added: no circle, a friendship, trust yet to grow (close for yourself), no bridge to mend. */
    static Relationship newcomer(boolean self) {
        return new Relationship(Circle.NONE, null, RelationshipKind.FRIENDSHIP, self ? TrustStage.CLOSE : TrustStage.NEW,
                BridgeStatus.OK, null, null);
    }
}
