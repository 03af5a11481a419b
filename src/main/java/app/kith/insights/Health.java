package app.kith.insights;

import app.kith.people.CadenceStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * How a relationship is doing on a day: a score from 0 to 100 and the reasons, in words.
 * See docs/insights.md for the formula.
 *
 * @param explanation     the reasons joined with " · ", e.g. "last real touch 45 days ago, cadence 30 ·
 *                        your last 3 touches were asks · fading: 2 touches this year vs 7 last year"
 * @param cadenceDays     the cadence the score is measured against
 * @param tracked         false when the person is in no circle and has no cadence of their own
 * @param lastTouch       the latest touch that was not an ask, or null
 * @param daysSinceTouch  days from {@code lastTouch} to the day, or null
 * @param askStreak       how many of the latest touches in a row were asks
 * @param setbacks        setbacks in the 180 days up to the day
 * @param status          on track, due (past the ideal interval) or overdue (past the maximum); null when not tracked
 */
public record Health(PersonRef person, int score, String explanation, List<String> reasons, int cadenceDays,
                     boolean tracked, LocalDate lastTouch, Integer daysSinceTouch, int askStreak,
                     int touchesThisYear, int touchesLastYear, int setbacks, Reciprocity reciprocity,
                     CadenceStatus status) {
}
