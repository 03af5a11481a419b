package app.kith.people;

import app.kith.shared.Choice;

/** Whether a relationship is strained and being repaired. */
public enum BridgeStatus implements Choice {
    OK, STRAINED, REPAIRING, RESTORED
}
