package app.kith.people;

import app.kith.shared.Choice;

/** Where a partnership stands. */
public enum PartnershipStage implements Choice {
    EXPLORING, PROPOSED, ACTIVE, PAUSED, ENDED
}
