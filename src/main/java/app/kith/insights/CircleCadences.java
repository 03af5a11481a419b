package app.kith.insights;

import app.kith.people.Circle;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The circle_cadences table: an account's own ideal and maximum interval per circle, where they
 * differ from the default (a NULL column keeps the default).
 */
@Repository
class CircleCadences {
    private final JdbcClient jdbc;

    CircleCadences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's own intervals by circle; a circle without a row is left out. */
    Map<Circle, OwnCadence> overrides(AccountId account) {
        Map<Circle, OwnCadence> result = new EnumMap<>(Circle.class);
        jdbc.sql("SELECT circle, days, maximum_days FROM circle_cadences WHERE account_id = ?").param(account.value())
                .query((ResultSet rs) -> {
                    result.put(Choice.parse(Circle.class, "circle", rs.getString(1)),
                            new OwnCadence(integer(rs, 2), integer(rs, 3)));
                });
        return result;
    }

    /** The column as a number, or null (the SQLite driver cannot read a NULL as an Integer). */
    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Sets both intervals of a circle (null: Kith's default); a circle with neither has no row. */
    void set(AccountId account, Circle circle, Integer days, Integer maximumDays) {
        jdbc.sql("DELETE FROM circle_cadences WHERE account_id = ? AND circle = ?")
                .params(account.value(), circle.wire()).update();
        if (days != null || maximumDays != null) {
            jdbc.sql("INSERT INTO circle_cadences (account_id, circle, days, maximum_days) VALUES (?, ?, ?, ?)")
                    .params(account.value(), circle.wire(), days, maximumDays).update();
        }
    }

    /** A circle's own intervals: the ideal and the maximum in days, each null for the default. */
    record OwnCadence(Integer days, Integer maximumDays) {
    }
}
