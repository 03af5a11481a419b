package app.kith.insights;

import app.kith.people.PartnershipStage;
import app.kith.people.RelationshipKind;

/**
 * A partnership in the partnerships list.
 *
 * @param stage         exploring, proposed, active, paused or ended; null when not yet staged
 * @param writtenCase   why the partnership makes sense for both sides, as written by the user
 * @param setbacks      setbacks logged in the 12 months up to the day
 */
public record Partnership(PersonRef person, RelationshipKind kind, PartnershipStage stage, String writtenCase,
                          int health, int setbacks) {
}
