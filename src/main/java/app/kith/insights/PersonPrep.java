package app.kith.insights;

import java.util.List;

/**
 * What to know about one person before meeting them (docs/insights.md, Meeting prep).
 *
 * @param lastInteractions the last three interactions with them up to the day, newest first
 * @param openAsks         asks still open either way, newest first
 * @param commonGround     the best few things you share, as conversation openers
 * @param birthday         their birthday when it falls in the next 14 days, else null
 * @param achievements     their achievements of the last 30 days, newest first
 * @param suggestion       a give to bring
 */
public record PersonPrep(PersonRef person, List<PastTouch> lastInteractions, List<OpenAsk> openAsks,
                         List<CommonGroundItem> commonGround, Upcoming birthday, List<Achievement> achievements,
                         String suggestion) {
}
