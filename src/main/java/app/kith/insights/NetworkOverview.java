package app.kith.insights;

import app.kith.interactions.MonthTouches;
import app.kith.people.CadenceStatus;
import app.kith.people.Circle;
import java.util.List;
import java.util.Map;

/**
 * How the whole network is doing (issue 18's overview): the people kept in touch with by circle and
 * health band, touches a month over the last twelve months, the balance of what went which way, and
 * the relationships cooling fastest.
 *
 * @param bands   per circle (and "none": an own cadence only), how many are thriving, steady, cooling or cold
 * @param months  touches a month by direction, the last twelve months
 * @param cooling at most ten people touched much less in the last twelve months than in the twelve before
 * @param status  how many are on track, due (past the ideal interval) and overdue (past the maximum)
 */
public record NetworkOverview(Map<Circle, Map<HealthBand, Integer>> bands, List<MonthTouches> months,
                              List<Cooling> cooling, int tracked, Map<CadenceStatus, Integer> status) {

    /** Health scores in four bands, as the overview colours them. */
    public enum HealthBand {
        THRIVING(75), STEADY(50), COOLING(25), COLD(0);

        private final int from;

        HealthBand(int from) {
            this.from = from;
        }

        public static HealthBand of(int score) {
            for (HealthBand band : values()) {
                if (score >= band.from) {
                    return band;
                }
            }
            return COLD;
        }

        public String wire() {
            return name().toLowerCase();
        }
    }

    /** Someone touched less than the year before: how many then and now, and their health today. */
    public record Cooling(PersonRef person, Circle circle, int lastYear, int thisYear, int health) {
    }
}
