package app.kith.insights;

import app.kith.people.Circle;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What Kith suggests giving: the one home of every suggested touch, to someone overdue (Today's
 * reach-outs) and to someone you are about to meet (meeting prep). A relationship that is mostly
 * asks always gets the same give without asking.
 */
final class Gives {
    static final String WITHOUT_ASKING =
            "give without asking: congratulate them, share something useful, offer an introduction or write a note";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private Gives() {
    }

    /** The touch to suggest to someone whose cadence ran out. */
    static String reachOut(Circle circle, boolean transactional) {
        if (transactional) {
            return WITHOUT_ASKING;
        }
        return switch (circle) {
            case INNER -> "call or meet, just to catch up";
            case CLOSE -> "suggest a coffee or a call";
            case NETWORK -> "send a short note: share something useful or congratulate a recent win";
            case ACQUAINTANCE, NONE -> "say hello with something useful to them";
        };
    }

    /**
     * The give to bring to a meeting: their news first (an achievement not yet congratulated, a
     * birthday soon), then what is owed (an open ask), then the give without asking when the
     * relationship is mostly asks; otherwise something useful to them.
     */
    static String meeting(boolean transactional, Upcoming birthday, List<Achievement> achievements,
                          List<OpenAsk> openAsks) {
        for (Achievement a : achievements) {
            if (!a.congratulated()) {
                return "congratulate them on " + a.title();
            }
        }
        if (birthday != null) {
            return birthday.inDays() == 0 ? "wish them a happy birthday: it is today"
                    : "bring birthday wishes: their birthday is " + (birthday.inDays() == 1 ? "tomorrow"
                    : "on " + DAY.format(birthday.date()));
        }
        if (!openAsks.isEmpty()) {
            return "give back before you ask again: help with what they are working on, share something useful"
                    + " or offer an introduction";
        }
        return transactional ? WITHOUT_ASKING : "bring something useful to them: an introduction, an idea or an offer of help";
    }
}
