package app.kith.insights;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** Common ground between you and a person, gathered from every {@link CommonGroundSource}. */
@Service
public class CommonGroundService {
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
        List<CommonGroundItem> items = sources.stream()
                .flatMap(s -> s.find(account, self, person, day).stream())
                .sorted(Comparator.comparingInt(CommonGroundItem::weight).reversed()
                        .thenComparing(CommonGroundItem::label).thenComparing(CommonGroundItem::why))
                .toList();
        return new CommonGround(new PersonRef(person, people.names(account, List.of(person)).get(person)), items);
    }
}
