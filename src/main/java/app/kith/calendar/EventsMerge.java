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
        jdbc.sql("""
                UPDATE event_people SET person_id = ?
                WHERE account_id = ? AND person_id = ? AND event_id NOT IN (
                    SELECT event_id FROM event_people WHERE account_id = ? AND person_id = ?)""")
                .params(keepId, account.value(), otherId, account.value(), keepId).update();
        jdbc.sql("DELETE FROM event_people WHERE account_id = ? AND person_id = ?")
                .params(account.value(), otherId).update();
    }
}
