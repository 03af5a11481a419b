package app.kith.exchange;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.BadDataException;
import app.kith.shared.ConflictException;
import app.kith.storage.Quotas;
import app.kith.storage.RowRefusal;
import app.kith.storage.TablesRestored;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a Kith JSON export into an account: into an empty one (only its own person) it
 * reproduces the exported state exactly, ids included; into the account it came from it adds
 * nothing twice. The exported self person is mapped onto the target account's. A file that is
 * not such an export, or a row the database would refuse, writes nothing and is said as
 * {@code FILE:LINE: reason}, the line being where the row begins.
 */
@Component
class JsonRestore {
    private final AccountDump dump;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final PeopleService people;
    private final Quotas quotas;
    private final ExportColumns columns;
    private final ApplicationEventPublisher events;

    JsonRestore(AccountDump dump, ExportColumns columns, JdbcTemplate jdbc, JsonMapper json, PeopleService people,
                Quotas quotas, ApplicationEventPublisher events) {
        this.events = events;
        this.quotas = quotas;
        this.columns = columns;
        this.dump = dump;
        this.jdbc = jdbc;
        this.json = json;
        this.people = people;
    }

    /** Called inside the import's transaction; a dry run rolls it back after counting. */
    ImportReport restore(AccountId account, String file, InputStream in, boolean dryRun) {
        ExportFile export = ExportFile.read(file, in, json, dump.tables());
        // Everything the rows hold is checked before the first is written, so a bad row late in a large
        // file refuses the file at once.
        for (String table : dump.tables()) {
            for (ExportFile.Row row : export.rows(table)) {
                columns.check(export, row);
            }
        }
        String oldSelf = export.selfId();
        String newSelf = people.selfId(account);
        checkTarget(account, export.rows("people"), oldSelf);
        int created = 0;
        int skipped = 0;
        Map<String, Integer> added = new HashMap<>();
        for (String table : dump.tables()) {
            for (ExportFile.Row row : export.rows(table)) {
                boolean isSelf = table.equals("people") && oldSelf != null
                        && oldSelf.equals(row.values().path("id").asString(null));
                try {
                    if (isSelf) {
                        updateSelf(account, row, oldSelf, newSelf);
                        continue;
                    }
                    int inserted = insert(account, row, oldSelf, newSelf);
                    added.merge(table, inserted, Integer::sum);
                    if (table.equals("people")) {
                        created += inserted;
                        skipped += 1 - inserted;
                    }
                } catch (DataAccessException e) {
                    throw RowRefusal.explain(e).map(reason -> new BadDataException(file, row.line(), row.where()
                            + " cannot be restored: it " + reason + "; nothing was imported")).orElseThrow(() -> e);
                }
            }
        }
        dump.quotas().forEach((table, kind) -> checkQuota(account, kind, table, added));
        events.publishEvent(new TablesRestored(account));
        if (dryRun) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new ImportReport("json", file, dryRun, created, 0, 0, skipped, 0, 0, List.of(), List.of(), List.of());
    }

    private void checkQuota(AccountId account, Quotas.Kind kind, String table, Map<String, Integer> added) {
        int adding = added.getOrDefault(table, 0);
        quotas.check(kind, adding, () -> jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE account_id = ?",
                Long.class, account.value()) - adding);
    }

    /** Only an empty account, or the account the export came from, can take it without clashing names. */
    private void checkTarget(AccountId account, List<ExportFile.Row> exportedPeople, String oldSelf) {
        String someone = null;
        for (ExportFile.Row p : exportedPeople) {
            String id = p.values().path("id").asString(null);
            if (id != null && !id.equals(oldSelf)) {
                someone = id;
                break;
            }
        }
        if (someone == null || !people.names(account, List.of(someone)).isEmpty()) {
            return;
        }
        // Counted only to refuse: the people of an account the export did not come from.
        long others = people.countOthers(account);
        if (others > 0) {
            throw new ConflictException("a JSON export restores into an empty account (or the one it came from); "
                    + "this account already has " + others + " people: use a new account, or import vCard or CSV");
        }
    }

    private int insert(AccountId account, ExportFile.Row row, String oldSelf, String newSelf) {
        List<String> columns = new ArrayList<>(List.of("account_id"));
        List<Object> values = new ArrayList<>(List.of(account.value()));
        for (Map.Entry<String, JsonNode> e : row.values().properties()) {
            columns.add(e.getKey());
            values.add(value(e.getValue(), oldSelf, newSelf));
        }
        // One placeholder per column the file names: a row of values, not a list of ids to bind as :ids.
        return jdbc.update("INSERT INTO " + row.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ") ON CONFLICT DO NOTHING",
                values.toArray());
    }

    /** Writes the exported self person's row (of the people table, as the export names it) onto the account's own. */
    private void updateSelf(AccountId account, ExportFile.Row row, String oldSelf, String newSelf) {
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : row.values().properties()) {
            if (!List.of("id", "is_self").contains(e.getKey())) {
                sets.add(e.getKey() + " = ?");
                values.add(value(e.getValue(), oldSelf, newSelf));
            }
        }
        if (sets.isEmpty()) {
            return;
        }
        values.add(account.value());
        values.add(newSelf);
        jdbc.update("UPDATE " + row.table() + " SET " + String.join(", ", sets) + " WHERE account_id = ? AND id = ?",
                values.toArray());
    }

    /** A value as JDBC takes it; {@link ExportColumns#check} has made sure it is one of these. */
    private static Object value(JsonNode v, String oldSelf, String newSelf) {
        if (v.isNull()) {
            return null;
        }
        if (v.isString()) {
            String s = v.asString();
            return oldSelf != null && oldSelf.equals(s) ? newSelf : s;
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToInt() ? (Object) v.intValue() : (Object) v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return Base64.getDecoder().decode(v.get("base64").asString());
    }
}
