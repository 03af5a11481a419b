package app.kith.people;

import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Who is due to hear from you, from each person's latest real touch. The interactions module
 * announces changed touches ({@link TouchesLogged}, {@link TouchesRecounted}) in its transaction and
 * this records them there; insights asks who is due through {@link PeopleService}.
 */
@Service
class LastTouchService {
    /** Rows read past the limit, so that rounding and name order can still be applied to a superset. */
    private static final int MARGIN = 25;
    /** Priorities are shown rounded to 0.01: anything within this of the last listed one may outrank it. */
    private static final double ROUNDING = 0.01;

    private final LastTouches lastTouches;

    LastTouchService(LastTouches lastTouches) {
        this.lastTouches = lastTouches;
    }

    /** Sets each person's latest real touch (null: none). */
    @EventListener
    void on(TouchesRecounted recounted) {
        lastTouches.record(recounted.account(), recounted.lastReal());
    }

    /**
     * Moves each person's latest real touch forward to the day given where that is later: what new
     * interactions do, without reading every interaction of the people again.
     */
    @EventListener
    void on(TouchesLogged logged) {
        lastTouches.advance(logged.account(), logged.latest());
    }

    /** See {@link PeopleService#touchedAfter}. */
    List<String> touchedAfter(AccountId account, LocalDate day) {
        return lastTouches.touchedAfter(account, day);
    }

    /** See {@link PeopleService#due}: one query, rarely two. */
    DueList due(AccountId account, DueQuery query) {
        int fetch = (int) Math.min(Integer.MAX_VALUE, (long) query.limit() + MARGIN);
        DueList first = lastTouches.due(account, query, fetch, null);
        if (first.people().size() < fetch) {
            return first;
        }
        double floor = first.people().get(Math.max(0, query.limit() - 1)).priority() - ROUNDING;
        if (first.people().getLast().priority() < floor) {
            return first;
        }
        return lastTouches.due(account, query, Integer.MAX_VALUE, floor);
    }
}
