package app.kith.organizations;

import app.kith.people.PersonMergeParticipant;
import app.kith.shared.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a merge, the other person's affiliations become the kept person's, except those the kept
 * person already has (same organization, role and title).
 */
@Component
class AffiliationsMerge implements PersonMergeParticipant {
    private final JdbcClient jdbc;

    AffiliationsMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void merge(AccountId account, String keepId, String otherId) {
        jdbc.sql("""
                DELETE FROM affiliations WHERE account_id = ? AND person_id = ? AND EXISTS (
                    SELECT 1 FROM affiliations k WHERE k.account_id = affiliations.account_id AND k.person_id = ?
                    AND k.organization_id = affiliations.organization_id AND k.role = affiliations.role
                    AND coalesce(k.title, '') = coalesce(affiliations.title, ''))""")
                .params(account.value(), otherId, keepId).update();
        jdbc.sql("UPDATE affiliations SET person_id = ? WHERE account_id = ? AND person_id = ?")
                .params(keepId, account.value(), otherId).update();
    }
}
