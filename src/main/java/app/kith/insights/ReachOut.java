package app.kith.insights;

import app.kith.people.CadenceStatus;
import app.kith.people.Circle;
import java.time.LocalDate;

/**
 * Someone to reach out to today: their cadence has run out.
 *
 * @param lastTouch   the latest touch that was not an ask, or null when there is none
 * @param dueSince    the day the cadence ran out (for people never really touched: the day they
 *                    were added, or the digest's day if that is earlier)
 * @param priority    circle weight × days since the last real touch / cadence; higher comes first
 * @param suggestion  a touch that gives rather than asks
 * @param status      due (past the ideal interval) or overdue (past the maximum too)
 */
public record ReachOut(PersonRef person, Circle circle, int cadenceDays, LocalDate lastTouch, LocalDate dueSince,
                       int daysOverdue, double priority, String reason, String suggestion, boolean transactional,
                       CadenceStatus status) {
}
