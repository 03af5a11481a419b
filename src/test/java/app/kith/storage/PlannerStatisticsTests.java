package app.kith.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.DatabaseTest;
import app.kith.testing.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refreshing the statistics analyzes Kith's tables, not the whole database: on PostgreSQL a plain
 * {@code ANALYZE} also samples every other schema (another application's, another data set's), which
 * cost an import 2 s in a database that held another 30,000 people (issue 13).
 */
class PlannerStatisticsTests {

    @DatabaseTest
    void refreshingAnalyzesKithsOwnSchemaOnly(TestDatabases.Vendor vendor, PlannerStatistics statistics,
                                              JdbcTemplate jdbc) {
        if (vendor != TestDatabases.Vendor.POSTGRESQL) {
            return; // a SQLite database file holds Kith's tables alone
        }
        jdbc.execute("DROP SCHEMA IF EXISTS statistics_elsewhere CASCADE");
        jdbc.execute("CREATE SCHEMA statistics_elsewhere");
        try {
            jdbc.execute("CREATE TABLE statistics_elsewhere.other_app (x INTEGER)");
            jdbc.execute("INSERT INTO statistics_elsewhere.other_app SELECT generate_series(1, 100)");
            jdbc.execute("CREATE TABLE unanalyzed_kith_table (x INTEGER)");

            statistics.refresh();

            // reltuples is -1 until a table is first analyzed (or vacuumed).
            assertThat(reltuples(jdbc, "statistics_elsewhere.other_app")).as("another schema's table").isEqualTo(-1);
            assertThat(reltuples(jdbc, "unanalyzed_kith_table")).as("a table of Kith's schema").isZero();
        } finally {
            jdbc.execute("DROP TABLE IF EXISTS unanalyzed_kith_table");
            jdbc.execute("DROP SCHEMA statistics_elsewhere CASCADE");
        }
    }

    private static float reltuples(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE oid = CAST(? AS regclass)", Float.class, table);
    }
}
