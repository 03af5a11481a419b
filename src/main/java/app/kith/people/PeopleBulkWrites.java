package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.Text;
import app.kith.storage.Database;
import app.kith.storage.MultiRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The people table written many rows a statement: new people, and the columns this module derives
 * (search text, latest touch). On PostgreSQL a person whose search text and latest touch change in one
 * transaction gets both in one update ({@link #updateSearchDocs}).
 */
@Repository
class PeopleBulkWrites {
    private static final String INSERT = """
            INSERT INTO people (account_id, id, display_name, name_key, nickname, birthday_year, birthday_month,
                birthday_day, how_met, circle, cadence_days, relationship_kind, trust_stage, partnership_stage,
                partnership_case, bridge_status, notes, is_self, search_doc, created_at, updated_at, added_day,
                last_touch_day)""";

    /**
     * How a bulk update of one derived column finds each person: on PostgreSQL by hashing the values and
     * joining on both keys; on SQLite through a view whose trigger updates by primary key (V11), whatever
     * the planner's statistics say about {@code UPDATE ... FROM (VALUES ...)}.
     */
    private static final String BY_ROW_KEY = "people.account_id = v.column1 AND people.id = v.column2";

    private final JdbcTemplate batch;
    private final Database database;

    PeopleBulkWrites(JdbcTemplate batch, Database database) {
        this.batch = batch;
        this.database = database;
    }

    void insert(AccountId account, PersonRow row) {
        insertAll(account, List.of(row), Map.of());
    }

    /**
     * Inserts many people, a few hundred per statement, each with the search entry and last touch a bulk
     * create knows ahead ({@link KnownAhead}), else with empty search text and no touch:
     * {@link #updateSearchDocs} fills in what differs before the commit.
     */
    void insertAll(AccountId account, List<PersonRow> rows, Map<String, SearchIndex.Entry> entries) {
        List<Object[]> values = new ArrayList<>(rows.size());
        // People created together share their timestamps: each is formatted once, not for every row.
        Map<Instant, String> stamps = new HashMap<>();
        for (PersonRow r : rows) {
            SearchIndex.Entry entry = entries.get(r.id());
            values.add(new Object[] {account.value(), r.id(), r.name(), Text.fold(r.name()), r.nickname(),
                r.birthday() == null ? null : r.birthday().year(),
                r.birthday() == null ? null : r.birthday().month(),
                r.birthday() == null ? null : r.birthday().day(),
                r.howWeMet(), r.relationship().circle().wire(), r.relationship().cadenceDays(),
                r.relationship().kind().wire(), r.relationship().trust().wire(),
                People.wire(r.relationship().partnershipStage()), r.relationship().partnershipCase(),
                r.relationship().bridge().wire(), r.notes(), r.self() ? 1 : 0,
                entry == null ? "" : entry.doc(), stamps.computeIfAbsent(r.createdAt(), Instant::toString),
                stamps.computeIfAbsent(r.updatedAt(), Instant::toString),
                Math.floorDiv(r.createdAt().getEpochSecond(), 86_400), entry == null ? null : entry.touchDay()});
        }
        MultiRow.insert(batch, INSERT, values);
    }

    /**
     * Writes these people's search text and, for those in {@code touches} (PostgreSQL only, from
     * {@link SearchIndex#advanceWithEntries}), moves their latest touch forward to the day given in the
     * same statement, so each row gets one new version.
     */
    void updateSearchDocs(AccountId account, Map<String, String> docs, Map<String, Integer> touches) {
        List<Object[]> rows = new ArrayList<>(docs.size());
        if (touches.isEmpty()) {
            docs.forEach((id, doc) -> rows.add(new Object[] {account.value(), id, doc}));
            updateByKey(rows, "people_search_docs (account_id, id, search_doc)", "search_doc = v.column3", "");
            return;
        }
        docs.forEach((id, doc) -> rows.add(new Object[] {account.value(), id, doc, touches.get(id)}));
        MultiRow.execute(batch, "UPDATE people SET search_doc = v.column3, last_touch_day = CASE"
                + " WHEN v.column4 IS NOT NULL AND (people.last_touch_day IS NULL"
                + " OR people.last_touch_day < CAST(v.column4 AS INTEGER)) THEN CAST(v.column4 AS INTEGER)"
                + " ELSE people.last_touch_day END FROM (VALUES " + MultiRow.VALUES + ") AS v WHERE " + BY_ROW_KEY, rows);
    }

    /**
     * Sets each person's latest touch ({@code days}: id to day number, null for none); with
     * {@code forwardOnly} only where that moves it later (or there was none).
     */
    void updateLastTouches(AccountId account, Map<String, Integer> days, boolean forwardOnly) {
        List<Object[]> rows = new ArrayList<>(days.size());
        days.forEach((id, day) -> rows.add(new Object[] {account.value(), id, day, forwardOnly ? 1 : 0}));
        // The CAST types a column of nothing but NULLs, which PostgreSQL would otherwise read as text.
        updateByKey(rows, "people_last_touches (account_id, id, last_touch_day, forward_only)",
                "last_touch_day = CAST(v.column3 AS INTEGER)", " AND (v.column4 = 0 OR people.last_touch_day IS NULL"
                        + " OR people.last_touch_day < CAST(v.column3 AS INTEGER))");
    }

    /**
     * Updates people a few thousand per statement. Each row is (account, id, values...); on SQLite it is
     * inserted into {@code sqliteView} (a view with its column list), on PostgreSQL joined as {@code v}
     * with {@code set} and the extra {@code condition} (which reads the values as {@code v.columnN}).
     */
    private void updateByKey(List<Object[]> rows, String sqliteView, String set, String condition) {
        if (database.isSqlite()) {
            MultiRow.insert(batch, "INSERT INTO " + sqliteView, rows);
        } else {
            // Not a WITH clause: the SQLite driver scans every statement that starts with one for an INSERT.
            MultiRow.execute(batch, "UPDATE people SET " + set + " FROM (VALUES " + MultiRow.VALUES + ") AS v WHERE "
                    + BY_ROW_KEY + condition, rows);
        }
    }
}
