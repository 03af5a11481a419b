package app.kith.insights;

import app.kith.shared.AccountId;
import java.time.ZoneId;

/**
 * The time zone an account's days are counted in: when "today" begins and ends, and what "the next
 * 48 hours" of meeting prep cover. The digest module keeps it with the account's schedule; without
 * an implementation, the clock's zone.
 */
public interface AccountZones {

    ZoneId zone(AccountId account);
}
