package app.kith.people;

import app.kith.shared.AccountId;
import java.util.Collection;

/**
 * Announced, inside the writer's transaction, when words another module holds about these people
 * (see {@link SearchTerms}) changed. The people module rebuilds their search entries.
 */
public record SearchTermsChanged(AccountId account, Collection<String> personIds) {
}
