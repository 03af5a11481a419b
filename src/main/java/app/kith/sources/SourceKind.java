package app.kith.sources;

import app.kith.shared.Choice;

/** What a source reads: a mailbox over IMAP (an iCalendar address is the next kind). */
public enum SourceKind implements Choice {
    IMAP
}
