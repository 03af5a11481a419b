package app.kith.insights;

import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The daily digest (SPEC §5.1): meetings to prepare for, who to reach out to, what is coming up, note
 * cards due and bridges ready for a first step. Each section comes from a {@link TodayContribution};
 * the same day always gives the same digest, except that today's meeting prep looks ahead from now.
 * No transaction: on SQLite every transaction takes the write lock, and a digest only reads.
 */
@Service
public class TodayService {
    /** How many people reachOut lists by default: a day's worth, the most important first. */
    public static final int REACH_OUT_LIMIT = 25;

    private final List<TodayContribution> contributions;
    private final ObjectProvider<AccountZones> zones;
    private final Clock clock;

    TodayService(List<TodayContribution> contributions, ObjectProvider<AccountZones> zones, Clock clock) {
        this.contributions = contributions;
        this.zones = zones;
        this.clock = clock;
    }

    /** Today's digest: the day it is now in the account's zone. */
    public Today today(AccountId account) {
        ZoneId zone = zone(account);
        return today(account, clock.instant().atZone(zone).toLocalDate(), REACH_OUT_LIMIT, zone);
    }

    /** The day it is now in the account's zone: the day Today, the overview and the graph are of. */
    public LocalDate day(AccountId account) {
        return clock.instant().atZone(zone(account)).toLocalDate();
    }

    public Today today(AccountId account, LocalDate date) {
        return today(account, date, REACH_OUT_LIMIT);
    }

    /** The digest for a day, listing at most {@code reachOutLimit} people to reach out to. */
    public Today today(AccountId account, LocalDate date, int reachOutLimit) {
        return today(account, date, reachOutLimit, zone(account));
    }

    private Today today(AccountId account, LocalDate date, int reachOutLimit, ZoneId zone) {
        if (date == null) {
            throw new InvalidInputException("date", "is required (YYYY-MM-DD)");
        }
        if (reachOutLimit < 0) {
            throw new InvalidInputException("limit", "must be 0 or more");
        }
        Instant now = clock.instant();
        Instant start = date.equals(now.atZone(zone).toLocalDate()) ? now : date.atStartOfDay(zone).toInstant();
        TodayDigest digest = new TodayDigest(date, zone, start, reachOutLimit);
        contributions.forEach(c -> c.contribute(account, digest));
        return digest.build();
    }

    /** The account's time zone ({@link AccountZones}), or the clock's when no module keeps one. */
    public ZoneId zone(AccountId account) {
        AccountZones known = zones.getIfAvailable();
        return known == null ? clock.getZone() : known.zone(account);
    }
}
