package app.kith.insights;

import app.kith.people.Circle;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The circle_cadences table: an account's own cadence per circle, where it differs from the default. */
@Repository
class CircleCadences {
    private final JdbcClient jdbc;

    CircleCadences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Circle, Integer> overrides(AccountId account) {
        Map<Circle, Integer> result = new EnumMap<>(Circle.class);
        jdbc.sql("SELECT circle, days FROM circle_cadences WHERE account_id = ?").param(account.value())
                .query((ResultSet rs) -> {
                    result.put(Choice.parse(Circle.class, "circle", rs.getString(1)), rs.getInt(2));
                });
        return result;
    }

    void set(AccountId account, Circle circle, int days) {
        jdbc.sql("DELETE FROM circle_cadences WHERE account_id = ? AND circle = ?")
                .params(account.value(), circle.wire()).update();
        jdbc.sql("INSERT INTO circle_cadences (account_id, circle, days) VALUES (?, ?, ?)")
                .params(account.value(), circle.wire(), days).update();
    }

    void reset(AccountId account, Circle circle) {
        jdbc.sql("DELETE FROM circle_cadences WHERE account_id = ? AND circle = ?")
                .params(account.value(), circle.wire()).update();
    }
}
