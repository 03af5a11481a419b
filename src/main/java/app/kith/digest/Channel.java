package app.kith.digest;

import app.kith.shared.Choice;

/** Where a digest goes: the account's email address, or the account's webhook URL. */
public enum Channel implements Choice {
    EMAIL, WEBHOOK
}
