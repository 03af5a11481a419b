package app.kith.people;

import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Who is due to hear from you, from each person's latest real touch. The interactions module
 * records that touch whenever interactions change; insights asks who is due.
 */
@Service
public class LastTouchService {
    /** Rows read past the limit, so that rounding and name order can still be applied to a superset. */
    private static final int MARGIN = 200;
    /** Priorities are shown rounded to 0.01: anything within this of the last listed one may outrank it. */
    private static final double ROUNDING = 0.01;

    private final LastTouches lastTouches;

    LastTouchService(LastTouches lastTouches) {
        this.lastTouches = lastTouches;
    }

    /** Sets each person's latest real touch (null: none); called by the interactions module. */
    public void record(AccountId account, Map<String, LocalDate> lastTouches) {
        this.lastTouches.record(account, lastTouches);
    }

    /**
     * Moves each person's latest real touch forward to the day given where that is later: what new
     * interactions do, without reading every interaction of the people again.
     */
    public void advance(AccountId account, Map<String, LocalDate> days) {
        lastTouches.advance(account, days);
    }

    /**
     * Tracked people, not in a strained or repairing relationship, whose latest real touch is after
     * the day: on a past day their state depends on touches they had before it.
     */
    public List<String> touchedAfter(AccountId account, LocalDate day) {
        return lastTouches.touchedAfter(account, day);
    }

    /**
     * The most overdue people on the day, with every person whose rounded priority could tie with
     * the last of the {@code limit} most overdue (the caller orders ties by name), and the number due
     * in all. One query, rarely two.
     */
    public DueList due(AccountId account, DueQuery query) {
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
