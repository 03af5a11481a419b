package app.kith.calendar;

import app.kith.people.PersonMergeParticipant;
import app.kith.shared.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** On a merge, the other person's events become the kept person's (once, where both were linked). */
@Component
class EventsMerge implements PersonMergeParticipant {
    private final JdbcClient jdbc;

    EventsMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void merge(AccountId account, String keepId, String otherId) {
        PersonMergeParticipant.moveLinks(jdbc, account, "event_people", "event_id", keepId, otherId);
    }
}
