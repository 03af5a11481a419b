package app.kith.insights;

import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A source of common ground. Implement it as a Spring bean in any module (conferences attended, for
 * one) and its items are ranked with the rest; no change here.
 */
public interface CommonGroundSource {

    /**
     * Items the account's own person shares with each of these people (ids resolved, never self), as
     * of the day, by person id; people who share nothing may be left out. A source answers for all of
     * them with a few queries, never one per person: meeting prep asks about several people at once.
     */
    Map<String, List<CommonGroundItem>> find(AccountId account, String selfId, Collection<String> personIds,
                                             LocalDate day);
}
