package app.kith.insights;

import app.kith.shared.AccountId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Where meeting prep learns of upcoming meetings with people the account knows. The calendar module
 * provides its events; another provider (a subscribed calendar, say) implements it as a Spring bean
 * and its meetings are prepared alongside, with no change here.
 */
public interface MeetingSource {

    /**
     * The account's meetings with at least one of its people that start from {@code from} (inclusive)
     * to {@code to} (exclusive): a timed one by its start, an all-day one on its first day, counted in
     * {@code zone} (an all-day meeting today counts all day). Soonest first, at most {@code limit}, in
     * a few queries whatever the size of the calendar or the network.
     */
    List<Meeting> meetings(AccountId account, Instant from, Instant to, ZoneId zone, int limit);
}
