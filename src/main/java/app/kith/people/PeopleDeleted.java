package app.kith.people;

import app.kith.shared.AccountId;
import java.util.Collection;

/** Announced, inside the deleting transaction, when these people were deleted (merged away included). */
public record PeopleDeleted(AccountId account, Collection<String> personIds) {
}
