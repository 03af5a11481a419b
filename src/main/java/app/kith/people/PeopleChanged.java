package app.kith.people;

import app.kith.shared.AccountId;
import java.util.Collection;

/**
 * Announced, inside the writer's transaction, when anything Kith holds about these people may have
 * changed: they were created or edited, their photo or tags changed, or what other modules hold about
 * them (their job) changed. Address book sync (module {@code dav}) moves their cards forward.
 *
 * @param created whether the people were created just now, under new ids: nothing of theirs is kept
 *                anywhere yet, so a listener can add its rows for them without looking for old ones
 */
public record PeopleChanged(AccountId account, Collection<String> personIds, boolean created) {
}
