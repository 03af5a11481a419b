package app.kith.sources;

import app.kith.shared.Choice;

/**
 * How a mailbox is read. {@code MAILBOX}: your own mailbox, whose messages with people are touches.
 * {@code FORWARD}: a dedicated mailbox you BCC or forward to; only messages you sent count, and a
 * forwarded one is logged with its original correspondents.
 */
public enum MailMode implements Choice {
    MAILBOX, FORWARD
}
