package app.kith.digest;

import app.kith.insights.AccountZones;
import app.kith.shared.AccountId;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The account's time zone is the one its digest is scheduled in (chosen in Settings, or the browser's
 * when Today first asked); until it has a schedule, the server's clock's.
 */
@Component
class DigestZones implements AccountZones {
    private final DigestSchedules schedules;
    private final Clock clock;

    DigestZones(DigestSchedules schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    @Override
    public ZoneId zone(AccountId account) {
        return schedules.zone(account).orElse(clock.getZone());
    }
}
