package app.kith.insights;

import app.kith.shared.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bridge_plans table: one repair plan per person, scoped to the account. */
@Repository
class BridgePlans {

    /** A stored plan, without the status (which lives on the person). */
    record Plan(String personId, String whatHappened, LocalDate coolingOffUntil, String firstStep,
                LocalDate firstStepBy) {
    }

    private final JdbcClient jdbc;

    BridgePlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Plan> find(AccountId account, String personId) {
        return of(account, List.of(personId)).values().stream().findFirst();
    }

    Map<String, Plan> of(AccountId account, Collection<String> personIds) {
        Map<String, Plan> plans = new HashMap<>();
        if (personIds.isEmpty()) {
            return plans;
        }
        jdbc.sql("SELECT person_id, what_happened, cooling_off_until, first_step, first_step_by FROM bridge_plans"
                        + " WHERE account_id = :account AND person_id IN (:ids)")
                .param("account", account.value()).param("ids", personIds)
                .query((ResultSet rs) -> {
                    Plan plan = row(rs);
                    plans.put(plan.personId(), plan);
                });
        return plans;
    }

    void save(AccountId account, Plan plan, String now) {
        jdbc.sql("DELETE FROM bridge_plans WHERE account_id = ? AND person_id = ?")
                .params(account.value(), plan.personId()).update();
        jdbc.sql("""
                INSERT INTO bridge_plans (account_id, person_id, what_happened, cooling_off_until, first_step,
                    first_step_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(account.value(), plan.personId(), plan.whatHappened(), text(plan.coolingOffUntil()),
                        plan.firstStep(), text(plan.firstStepBy()), now)
                .update();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Plan row(ResultSet rs) throws SQLException {
        String cooling = rs.getString(3);
        String by = rs.getString(5);
        return new Plan(rs.getString(1), rs.getString(2), cooling == null ? null : LocalDate.parse(cooling),
                rs.getString(4), by == null ? null : LocalDate.parse(by));
    }
}
