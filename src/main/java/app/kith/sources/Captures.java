package app.kith.sources;

import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionKind;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.sources.TouchKeys.Touch;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every kind of source hands what it read: each capture is counted once (by its key, across
 * folders, sources and re-syncs); with a person you know it becomes a neutral interaction, one per
 * person per thread per day, carrying the source's id; anyone else adds to a suggestion, never a
 * person. A batch is a few queries whatever its size, never one per message.
 */
@Service
public class Captures {
    private final SeenItems seen;
    private final TouchKeys touches;
    private final Suggestions suggestions;
    private final PeopleService people;
    private final InteractionService interactions;
    private final Clock clock;

    Captures(SeenItems seen, TouchKeys touches, Suggestions suggestions, PeopleService people,
             InteractionService interactions, Clock clock) {
        this.seen = seen;
        this.touches = touches;
        this.suggestions = suggestions;
        this.people = people;
        this.interactions = interactions;
        this.clock = clock;
    }

    /** Records a batch a source read, in one transaction. */
    @Transactional
    public CaptureResult record(AccountId account, String sourceId, List<Capture> batch) {
        Map<String, Capture> byKey = new LinkedHashMap<>();
        batch.forEach(c -> byKey.putIfAbsent(c.key(), c));
        byKey.keySet().retainAll(seen.claim(account, sourceId, byKey.keySet()));
        if (byKey.isEmpty()) {
            return new CaptureResult(0, 0, 0);
        }
        List<Capture> fresh = List.copyOf(byKey.values());
        Set<String> emails = new HashSet<>();
        fresh.forEach(c -> c.correspondents().forEach(p -> emails.add(p.email())));
        Map<String, List<String>> known = people.withEmails(account, emails);
        int logged = log(account, sourceId, fresh, known);
        int suggested = suggest(account, sourceId, fresh, known);
        return new CaptureResult(fresh.size(), logged, suggested);
    }

    /** One interaction per person per thread per day that has none yet. */
    private int log(AccountId account, String sourceId, List<Capture> fresh, Map<String, List<String>> known) {
        Map<Touch, What> wanted = new LinkedHashMap<>();
        for (Capture c : fresh) {
            for (Correspondent p : c.correspondents()) {
                known.getOrDefault(p.email(), List.of()).forEach(person -> wanted.putIfAbsent(
                        new Touch(c.threadKey(), c.day(), person), new What(c.kind(), c.notes())));
            }
        }
        return logTouches(account, sourceId, wanted);
    }

    /** What an interaction logged for a touch is: its kind and notes. */
    record What(InteractionKind kind, String notes) {
    }

    /** Logs an interaction for each touch that has none yet and remembers it; returns how many. */
    int logTouches(AccountId account, String sourceId, Map<Touch, What> touched) {
        Map<Touch, What> wanted = new LinkedHashMap<>(touched);
        wanted.keySet().removeAll(touches.existing(account, wanted.keySet()));
        if (wanted.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Interaction> logged = new ArrayList<>(wanted.size());
        Map<Touch, String> ids = new LinkedHashMap<>();
        wanted.forEach((touch, what) -> {
            Interaction i = new Interaction(Ids.newId(), what.kind(), Direction.NEUTRAL, touch.day(), what.notes(),
                    List.of(touch.personId()), now, sourceId);
            logged.add(i);
            ids.put(touch, i.id());
        });
        interactions.logAll(account, logged);
        touches.insert(account, sourceId, ids);
        return logged.size();
    }

    /** Adds each unknown correspondent's messages to their suggestion; returns how many captures had one. */
    private int suggest(AccountId account, String sourceId, List<Capture> fresh, Map<String, List<String>> known) {
        Map<String, Suggestions.Seen> seenBy = new LinkedHashMap<>();
        Map<List<Object>, Suggestions.SeenIn> where = new LinkedHashMap<>();
        int suggested = 0;
        for (Capture c : fresh) {
            boolean any = false;
            for (Correspondent p : c.correspondents()) {
                if (known.containsKey(p.email())) {
                    continue;
                }
                any = true;
                int sent = c.fromOwner() ? 1 : 0;
                seenBy.merge(p.email(), new Suggestions.Seen(p.email(), p.name(), 1, sent, c.day(), c.day()),
                        Captures::together);
                where.merge(List.of(p.email(), c.threadKey(), c.day()),
                        new Suggestions.SeenIn(p.email(), c.threadKey(), c.day(), c.kind(), 1, sent),
                        (a, b) -> new Suggestions.SeenIn(a.email(), a.threadKey(), a.day(), a.kind(),
                                a.messages() + b.messages(), a.sent() + b.sent()));
            }
            suggested += any ? 1 : 0;
        }
        suggestions.add(account, sourceId, seenBy.values(), where.values(), clock.instant());
        return suggested;
    }

    private static Suggestions.Seen together(Suggestions.Seen a, Suggestions.Seen b) {
        LocalDate first = a.first().isBefore(b.first()) ? a.first() : b.first();
        LocalDate last = a.last().isAfter(b.last()) ? a.last() : b.last();
        return new Suggestions.Seen(a.email(), b.name() != null ? b.name() : a.name(), a.messages() + b.messages(),
                a.sent() + b.sent(), first, last);
    }
}
