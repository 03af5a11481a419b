package app.kith.people;

import app.kith.shared.AccountId;

/**
 * Implemented by each module that keeps rows pointing at people (interactions, affiliations,
 * connections, events...): when two people are merged, it moves the other person's rows to the one
 * kept, dropping rows that would then say the same thing twice. Called inside the merge's
 * transaction, before the other person is deleted.
 */
public interface PersonMergeParticipant {
    void merge(AccountId account, String keepId, String otherId);
}
