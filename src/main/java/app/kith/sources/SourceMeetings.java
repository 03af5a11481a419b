package app.kith.sources;

import app.kith.insights.Meeting;
import app.kith.insights.MeetingSource;
import app.kith.insights.PersonRef;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Calendar sources' meetings for meeting prep: the meetings of the next days their last read kept,
 * with the people you know among the others invited (by email), in three queries whatever their number.
 */
@Component
class SourceMeetings implements MeetingSource {
    static final String KIND = "meeting";

    private final IcsReads reads;
    private final Sources sources;
    private final PeopleService people;

    SourceMeetings(IcsReads reads, Sources sources, PeopleService people) {
        this.reads = reads;
        this.sources = sources;
        this.people = people;
    }

    @Override
    public List<Meeting> meetings(AccountId account, Instant from, Instant to, ZoneId zone, int limit) {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.minusNanos(1).atZone(zone).toLocalDate();
        List<IcsReads.Upcoming> found = reads.starting(account, from, to, first, last, limit);
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> emails = new HashSet<>();
        found.forEach(m -> emails.addAll(m.emails()));
        Map<String, List<String>> known = people.withEmails(account, emails);
        Set<String> ids = new HashSet<>();
        known.values().forEach(ids::addAll);
        Map<String, String> names = people.names(account, ids);
        Map<String, String> sourceNames = new HashMap<>();
        List<Meeting> meetings = new ArrayList<>();
        for (IcsReads.Upcoming m : found) {
            Set<String> with = new LinkedHashSet<>();
            m.emails().forEach(e -> with.addAll(known.getOrDefault(e, List.of())));
            List<PersonRef> refs = with.stream().filter(names::containsKey)
                    .map(id -> new PersonRef(id, names.get(id))).toList();
            if (refs.isEmpty()) {
                continue;
            }
            String source = sourceNames.computeIfAbsent(m.sourceId(), id -> sources.find(account, id)
                    .map(Sources.Row::name).orElse("calendar source"));
            meetings.add(new Meeting(source, m.itemKey(), KIND, m.title() == null ? "Meeting" : m.title(),
                    m.allDay() ? null : m.start(), m.allDay() ? m.day() : m.start().atZone(zone).toLocalDate(), null,
                    refs));
        }
        return meetings;
    }
}
