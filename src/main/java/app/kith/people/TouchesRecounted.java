package app.kith.people;

import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.Map;

/**
 * Announced, inside the writer's transaction, when these people's interactions changed in a way that
 * can move a last touch back (an edit, a delete, a merge): by person, their latest real touch now,
 * or null for none. The people module records it.
 */
public record TouchesRecounted(AccountId account, Map<String, LocalDate> lastReal) {
}
