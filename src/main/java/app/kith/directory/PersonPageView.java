package app.kith.directory;

import app.kith.calendar.Event;
import app.kith.insights.CommonGround;
import app.kith.insights.HealthHistory;
import app.kith.insights.Reciprocity;
import app.kith.interactions.Interaction;
import app.kith.interactions.MonthTouches;
import app.kith.shared.Page;
import java.util.List;
import java.util.Map;

/**
 * A person page, each part read once: the profile (whose recent interactions are the timeline page
 * shown), that page with its total, the names of everyone on it, the person's calendar entries, and,
 * for someone other than you, the give and take, the common ground and, when asked for, the history its
 * charts are drawn from (each null on your own page).
 */
public record PersonPageView(PersonProfile profile, Page<Interaction> timeline, Map<String, String> names,
                             List<Event> events, Reciprocity reciprocity, CommonGround commonGround,
                             History history) {

    /** How the relationship has gone over the last {@link #MONTHS} months: touches by direction, and health. */
    public record History(List<MonthTouches> touches, HealthHistory health) {
        public static final int MONTHS = 24;
    }
}
