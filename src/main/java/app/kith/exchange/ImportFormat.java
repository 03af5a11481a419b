package app.kith.exchange;

import app.kith.shared.Choice;

/** What an import reads (SPEC 4.1 {@code kith import FORMAT}). */
public enum ImportFormat implements Choice {
    LINKEDIN, GOOGLE, OUTLOOK, VCARD, ICS, JSON
}
