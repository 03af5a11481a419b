package app.kith.people;

import app.kith.shared.Choice;

/** How far trust has grown, in stages. */
public enum TrustStage implements Choice {
    NEW, ACQUAINTED, TRUSTED, CLOSE
}
