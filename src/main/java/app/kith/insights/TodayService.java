package app.kith.insights;

import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The daily digest (SPEC §5.1): who to reach out to, what is coming up, note cards due and bridges
 * ready for a first step. Each section comes from a {@link TodayContribution}; the same day always
 * gives the same digest. No transaction: on SQLite every transaction takes the write lock, and a
 * digest only reads.
 */
@Service
public class TodayService {
    /** How many people reachOut lists by default: a day's worth, the most important first. */
    public static final int REACH_OUT_LIMIT = 25;

    private final List<TodayContribution> contributions;
    private final Clock clock;

    TodayService(List<TodayContribution> contributions, Clock clock) {
        this.contributions = contributions;
        this.clock = clock;
    }

    /** Today's digest by the clock. */
    public Today today(AccountId account) {
        return today(account, LocalDate.now(clock));
    }

    public Today today(AccountId account, LocalDate date) {
        return today(account, date, REACH_OUT_LIMIT);
    }

    /** The digest for a day, listing at most {@code reachOutLimit} people to reach out to. */
    public Today today(AccountId account, LocalDate date, int reachOutLimit) {
        if (date == null) {
            throw new InvalidInputException("date", "is required (YYYY-MM-DD)");
        }
        if (reachOutLimit < 0) {
            throw new InvalidInputException("limit", "must be 0 or more");
        }
        TodayDigest digest = new TodayDigest(date, reachOutLimit);
        contributions.forEach(c -> c.contribute(account, digest));
        return digest.build();
    }
}
