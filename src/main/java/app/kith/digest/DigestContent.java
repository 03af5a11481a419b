package app.kith.digest;

import app.kith.insights.BridgeItem;
import app.kith.insights.MeetingPrep;
import app.kith.insights.ReachOut;
import app.kith.insights.Upcoming;
import java.time.LocalDate;
import java.util.List;

/**
 * The Today digest made for a mailbox (issue 14): meetings of the next 48 hours with what to know
 * before each (Today's prep, at most {@value app.kith.insights.TodayDigest#PREP_SHOWN}); at most
 * {@value DigestContents#REACH_OUT} people to reach out to, each with the reason and a suggested
 * non-ask touch; birthdays of the next
 * {@value DigestContents#DAYS_AHEAD} days; achievements to congratulate; invitations awaiting an
 * answer; note cards due; conferences coming up with who is going; bridges whose cooling-off ended;
 * what else comes up this week; and how much more waits in Kith. Items of the calendar, conference
 * and note-card sections come in those modules' own shapes, as in Today.
 *
 * @param reachOutMore how many more people are overdue than {@code reachOut} lists
 * @param moreWaiting  how many more items the other sections hold than the digest lists
 */
public record DigestContent(LocalDate date, List<MeetingPrep> prep, List<ReachOut> reachOut, int reachOutMore,
                            List<Upcoming> birthdays, List<Object> achievements, List<Object> invitations, List<Object> noteCards,
                            List<Object> conferences, List<BridgeItem> bridges, List<Upcoming> comingUp,
                            int moreWaiting) {

    /** True when there is nothing to say: such a digest is not sent. */
    public boolean isEmpty() {
        return prep.isEmpty() && reachOut.isEmpty() && birthdays.isEmpty() && achievements.isEmpty()
                && invitations.isEmpty() && noteCards.isEmpty() && conferences.isEmpty() && bridges.isEmpty() && comingUp.isEmpty();
    }

    /** How many things the digest lists, for its subject line. */
    public int listed() {
        return prep.size() + reachOut.size() + birthdays.size() + achievements.size() + invitations.size()
                + noteCards.size() + conferences.size() + bridges.size() + comingUp.size();
    }
}
