package app.kith.dav;

import app.kith.calendar.CalendarObject;
import app.kith.shared.AccountId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sync-collection (RFC 6578) for calendars. A calendar is derived from events and people, which
 * change through every surface, so instead of numbering each change as it happens, a client's
 * question numbers what changed since the last one asked: objects whose ETag differs from the one
 * recorded take the account's next change number, and vanished ones become tombstones at it.
 */
@Service
class CalendarSync {
    private final Calendars calendars;
    private final CalendarStates states;
    private final Cards cards;

    CalendarSync(Calendars calendars, CalendarStates states, Cards cards) {
        this.calendars = calendars;
        this.states = states;
        this.cards = cards;
    }

    /** Records what changed since the last look; returns the change number that is now the calendar's sync token. */
    @Transactional
    long reconcile(AccountId account, String calendar) {
        Map<String, String> now = new HashMap<>();
        calendars.each(account, calendar, o -> now.put(o.name(), Calendars.etag(o)));
        Map<String, CalendarStates.State> recorded = states.all(account, calendar);
        Map<String, String> changed = new HashMap<>();
        now.forEach((name, etag) -> {
            CalendarStates.State was = recorded.get(name);
            if (was == null || was.deleted() || !was.etag().equals(etag)) {
                changed.put(name, etag);
            }
        });
        List<String> gone = recorded.values().stream().filter(s -> !s.deleted() && !now.containsKey(s.name()))
                .map(CalendarStates.State::name).toList();
        if (changed.isEmpty() && gone.isEmpty()) {
            return cards.current(account);
        }
        long seq = cards.next(account);
        states.changed(account, calendar, changed, seq);
        states.gone(account, calendar, gone, seq);
        return seq;
    }

    /** The change number a client's token holds (null for a first sync), or 403 valid-sync-token. */
    Long since(AccountId account, String token, long now) {
        return token == null ? null : SyncTokens.parse(token, cards.counter(account).prunedTo(), now);
    }

    /**
     * Streams the objects changed after {@code since} up to {@code now} (every object when
     * {@code since} is null, a first sync) and returns the names of those gone meanwhile.
     */
    Set<String> changes(AccountId account, String calendar, Long since, long now, Consumer<CalendarObject> changed) {
        if (since == null) {
            calendars.each(account, calendar, changed);
            return Set.of();
        }
        Set<String> gone = new LinkedHashSet<>();
        Set<String> live = new HashSet<>();
        for (CalendarStates.State s : states.since(account, calendar, since, now)) {
            (s.deleted() ? gone : live).add(s.name());
        }
        if (!live.isEmpty()) {
            calendars.each(account, calendar, o -> {
                if (live.contains(o.name())) {
                    changed.accept(o);
                }
            });
        }
        return gone;
    }
}
