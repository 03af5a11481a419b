package app.kith.insights;

import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.List;

/**
 * A source of common ground. Implement it as a Spring bean in any module (conferences attended, for
 * one) and its items are ranked with the rest; no change here.
 */
public interface CommonGroundSource {

    /** Items shared by the account's own person and another person (both ids resolved), as of the day. */
    List<CommonGroundItem> find(AccountId account, String selfId, String personId, LocalDate day);
}
