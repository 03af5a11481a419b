package app.kith.sources;

import app.kith.shared.Choice;

/** What a source reads: a mailbox over IMAP, or a calendar's iCalendar address ({@code ics}). */
public enum SourceKind implements Choice {
    IMAP, ICS
}
