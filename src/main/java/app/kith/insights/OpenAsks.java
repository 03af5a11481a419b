package app.kith.insights;

import app.kith.interactions.Direction;
import app.kith.interactions.PersonTouch;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Asks still open with someone, either way, from their touches of the {@value #DAYS} days up to a day.
 * Yours: an {@code asked} touch. Theirs: Kith keeps direction from your side only, so their asks show
 * as what you did in answer; what stands open on their side is a favour they did you, a
 * {@code received} touch. Either is open until a touch that gives ({@code gave} or {@code mutual}) on
 * its day or later.
 */
final class OpenAsks {
    static final int DAYS = 90;
    /** The directions the rule reads: the asks and favours, and the gives that close them. */
    static final Set<Direction> READ = EnumSet.of(Direction.ASKED, Direction.RECEIVED, Direction.GAVE,
            Direction.MUTUAL);
    static final int SHOWN = 3;

    private OpenAsks() {
    }

    /** The open asks among one person's touches of the window (newest first), newest first, at most {@value #SHOWN}. */
    static List<OpenAsk> of(List<PersonTouch> newestFirst, LocalDate day) {
        LocalDate lastGive = newestFirst.stream().filter(t -> gives(t.direction())).map(PersonTouch::date)
                .findFirst().orElse(null);
        List<OpenAsk> open = new ArrayList<>();
        for (PersonTouch t : newestFirst) {
            boolean owed = t.direction() == Direction.ASKED || t.direction() == Direction.RECEIVED;
            if (owed && (lastGive == null || lastGive.isBefore(t.date())) && open.size() < SHOWN) {
                open.add(new OpenAsk(t.interactionId(), t.direction(), t.date(), t.kind(), PastTouch.about(t.notes()),
                        said(t, day)));
            }
        }
        return open;
    }

    private static boolean gives(Direction direction) {
        return direction == Direction.GAVE || direction == Direction.MUTUAL;
    }

    private static String said(PersonTouch t, LocalDate day) {
        String when = HealthFormula.ago(ChronoUnit.DAYS.between(t.date(), day)) + " (" + t.date() + ")";
        return t.direction() == Direction.ASKED ? "you asked " + when + " and have given nothing since"
                : "they did something for you " + when + ", not returned yet";
    }
}
