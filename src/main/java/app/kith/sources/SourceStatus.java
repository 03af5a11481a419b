package app.kith.sources;

import app.kith.shared.Choice;

/** How a source's last sync went: never synced yet, synced, or failing (its error says why). */
public enum SourceStatus implements Choice {
    NEW, OK, FAILING
}
