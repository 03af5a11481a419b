package app.kith.insights;

import app.kith.shared.AccountId;

/**
 * A module's part of the Today digest. Implement it as a Spring bean in any module and its items
 * appear in Today without changes here: insights' own sections (reach out, birthdays, bridges) are
 * contributions too. A contribution must read only what it needs for the digest's day, with a few
 * aggregate queries, never one query per person.
 */
public interface TodayContribution {

    /** Adds this module's items for the account and {@link TodayDigest#date()} to the digest. */
    void contribute(AccountId account, TodayDigest digest);
}
