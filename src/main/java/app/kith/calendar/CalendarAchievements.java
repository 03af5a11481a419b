package app.kith.calendar;

import app.kith.insights.Achievement;
import app.kith.insights.AchievementSource;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The calendar's achievement events, by the people they are linked to, for meeting prep. */
@Component
class CalendarAchievements implements AchievementSource {
    private final Events events;

    CalendarAchievements(Events events) {
        this.events = events;
    }

    @Override
    public Map<String, List<Achievement>> of(AccountId account, Collection<String> personIds, LocalDate from,
                                             LocalDate to) {
        Map<String, List<Achievement>> byPerson = new HashMap<>();
        for (Events.Achieved a : events.achievementsOf(account, personIds, from, to)) {
            byPerson.computeIfAbsent(a.personId(), k -> new ArrayList<>())
                    .add(new Achievement(a.eventId(), a.title(), a.date(), a.congratulated()));
        }
        return byPerson;
    }
}
