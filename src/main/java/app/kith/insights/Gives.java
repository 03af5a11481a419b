package app.kith.insights;

import app.kith.people.Circle;

/**
 * What Kith suggests giving: the one home of every suggested touch. A relationship that is mostly
 * asks always gets the same give without asking.
 */
final class Gives {
    static final String WITHOUT_ASKING =
            "give without asking: congratulate them, share something useful, offer an introduction or write a note";

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
}
