package app.kith.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The daily digest for one day. JSON keys {@code reachOut}, {@code upcoming}, {@code noteCards} and
 * {@code bridges} are fixed (SPEC §4.1); {@code sections} holds any further sections other modules
 * contribute, by name.
 *
 * @param prep          meetings of the next 48 hours with people you know, soonest first, each with what
 *                      to know before going (at most {@value TodayDigest#PREP_SHOWN})
 * @param prepMore      how many more such meetings come up than {@code prep} lists
 * @param reachOut      the most important overdue people, most important first
 * @param reachOutMore  how many more people are overdue than {@code reachOut} lists
 * @param upcoming      birthdays and other dated things, soonest first: what the user attends and the
 *                      closest people's birthdays when there are more than a digest lists
 * @param upcomingMore  how many more things come up than {@code upcoming} lists
 * @param noteCards     handwritten notes due, as the note-card module contributes them
 * @param noteCardsMore how many more notes are due than {@code noteCards} lists
 * @param bridges       the most pressing bridges: dated steps earliest first, then those still to plan
 * @param bridgesMore   how many more bridges wait than {@code bridges} lists
 * @param sectionsMore  for each section with more items than it lists, how many more
 */
public record Today(LocalDate date, List<MeetingPrep> prep, int prepMore, List<ReachOut> reachOut,
                    int reachOutMore, List<Upcoming> upcoming, int upcomingMore, List<Object> noteCards, int noteCardsMore, List<BridgeItem> bridges,
                    int bridgesMore, Map<String, List<Object>> sections, Map<String, Integer> sectionsMore) {
}
