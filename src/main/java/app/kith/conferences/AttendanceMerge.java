package app.kith.conferences;

import app.kith.people.PersonMergeParticipant;
import app.kith.shared.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a merge, the other person's attendance becomes the kept person's; where both attended the same
 * edition, "went" wins over "going".
 */
@Component
class AttendanceMerge implements PersonMergeParticipant {
    private final JdbcClient jdbc;

    AttendanceMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void merge(AccountId account, String keepId, String otherId) {
        jdbc.sql("""
                UPDATE conference_attendance SET status = 'went'
                WHERE account_id = ? AND person_id = ? AND edition_id IN (
                    SELECT edition_id FROM conference_attendance
                    WHERE account_id = ? AND person_id = ? AND status = 'went')""")
                .params(account.value(), keepId, account.value(), otherId).update();
        PersonMergeParticipant.moveLinks(jdbc, account, "conference_attendance", "edition_id", keepId, otherId);
    }
}
