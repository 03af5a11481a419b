package app.kith.people;

import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final Comparator<DuePerson> BY_PRIORITY =
            Comparator.comparingDouble(DuePerson::priority).reversed().thenComparing(p -> p.facts().id());

    private final LastTouches lastTouches;
    private final People people;

    LastTouchService(LastTouches lastTouches, People people) {
        this.lastTouches = lastTouches;
        this.people = people;
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

    /** See {@link PeopleService#due}: one query, rarely two, and the history of those touched after the day. */
    DueList due(AccountId account, DueQuery query, EarlierTouches history) {
        DueRule rule = new DueRule(query);
        DueList kept = kept(account, query, rule);
        List<String> later = lastTouches.touchedAfter(account, query.day());
        if (later.isEmpty()) {
            return kept;
        }
        Map<String, LocalDate> before = history.lastRealTouches(later);
        List<DuePerson> all = new ArrayList<>(kept.people());
        int judged = 0;
        for (RelationshipFacts person : people.facts(account, later)) {
            Optional<DuePerson> due = rule.judge(person, before.get(person.id()));
            if (due.isPresent()) {
                all.add(due.get());
                judged++;
            }
        }
        all.sort(BY_PRIORITY);
        return new DueList(List.copyOf(all.subList(0, shown(all, query.limit()))), kept.total() + judged);
    }

    /** The due among people whose kept latest touch is on or before the day. */
    private DueList kept(AccountId account, DueQuery query, DueRule rule) {
        int fetch = (int) Math.min(Integer.MAX_VALUE, (long) query.limit() + MARGIN);
        DueList first = lastTouches.due(account, rule, query.day(), fetch, null);
        if (first.people().size() < fetch) {
            return first;
        }
        double floor = first.people().get(Math.max(0, query.limit() - 1)).priority() - ROUNDING;
        if (first.people().getLast().priority() < floor) {
            return first;
        }
        return lastTouches.due(account, rule, query.day(), Integer.MAX_VALUE, floor);
    }

    /** How many of the ranked to return: the limit and everyone whose rounded priority could tie the last of it. */
    private static int shown(List<DuePerson> ranked, int limit) {
        if (ranked.size() <= limit) {
            return ranked.size();
        }
        double floor = ranked.get(Math.max(0, limit - 1)).priority() - ROUNDING;
        int n = limit;
        while (n < ranked.size() && ranked.get(n).priority() >= floor) {
            n++;
        }
        return n;
    }
}
