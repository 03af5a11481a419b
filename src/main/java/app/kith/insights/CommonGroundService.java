package app.kith.insights;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Common ground between you and a person, gathered from every {@link CommonGroundSource}. */
@Service
public class CommonGroundService {
    private static final Comparator<CommonGroundItem> RANKED = Comparator.comparingInt(CommonGroundItem::weight)
            .reversed().thenComparing(CommonGroundItem::label).thenComparing(CommonGroundItem::why);

    private final PeopleService people;
    private final List<CommonGroundSource> sources;
    private final Clock clock;

    CommonGroundService(PeopleService people, List<CommonGroundSource> sources, Clock clock) {
        this.people = people;
        this.sources = sources;
        this.clock = clock;
    }

    public CommonGround between(AccountId account, String selfId, String personId) {
        return between(account, selfId, personId, LocalDate.now(clock));
    }

    /** Ranked items shared by {@code selfId} (usually "self") and the person; "now" in ongoing periods is the day. */
    public CommonGround between(AccountId account, String selfId, String personId, LocalDate day) {
        String self = people.resolve(account, selfId);
        String person = people.resolve(account, personId);
        if (self.equals(person)) {
            throw new InvalidInputException("person", "common ground needs two different people");
        }
        List<CommonGroundItem> items = ranked(account, self, List.of(person), day).getOrDefault(person, List.of());
        return new CommonGround(new PersonRef(person, people.names(account, List.of(person)).get(person)), items);
    }

    /**
     * The ranked items the account's own person ({@code selfId}, as resolved) shares with each of these
     * people (ids as resolved; self is left out), by id, in the same few queries however many are asked about.
     */
    public Map<String, List<CommonGroundItem>> withEach(AccountId account, String selfId,
                                                        Collection<String> personIds, LocalDate day) {
        return ranked(account, selfId, personIds.stream().filter(id -> !id.equals(selfId)).distinct().toList(), day);
    }

    private Map<String, List<CommonGroundItem>> ranked(AccountId account, String self, List<String> personIds,
                                                       LocalDate day) {
        Map<String, List<CommonGroundItem>> items = new HashMap<>();
        if (personIds.isEmpty()) {
            return items;
        }
        for (CommonGroundSource source : sources) {
            source.find(account, self, personIds, day).forEach((person, found) ->
                    items.computeIfAbsent(person, p -> new ArrayList<>()).addAll(found));
        }
        items.replaceAll((person, found) -> found.stream().sorted(RANKED).toList());
        return items;
    }
}
