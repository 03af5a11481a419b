package app.kith.directory;

import app.kith.shared.Choice;

/**
 * How a people list is ordered: by name (search matches that start with the query first), by the
 * latest interaction (most recent first, never-met last), or by health (weakest first, so the
 * relationships that need care come up; the account's own person last).
 */
public enum PeopleOrder implements Choice {
    NAME, LAST_TOUCH, HEALTH
}
