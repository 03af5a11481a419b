package app.kith.people;

import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.Map;

/**
 * Announced, inside the writer's transaction, when real touches (anything but an ask) were logged: by
 * person, the latest day among the new ones. The people module moves each last touch forward to it.
 */
public record TouchesLogged(AccountId account, Map<String, LocalDate> latest) {
}
