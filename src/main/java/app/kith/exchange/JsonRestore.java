package app.kith.exchange;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.BadDataException;
import app.kith.shared.ConflictException;
import app.kith.shared.Ids;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a Kith JSON export into an account: into an empty one (only its own person) it
 * reproduces the exported state exactly, ids included; into the account it came from it adds
 * nothing twice. The exported self person is mapped onto the target account's.
 */
@Component
class JsonRestore {
    private final AccountDump dump;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final PeopleService people;

    JsonRestore(AccountDump dump, JdbcTemplate jdbc, JsonMapper json, PeopleService people) {
        this.dump = dump;
        this.jdbc = jdbc;
        this.json = json;
        this.people = people;
    }

    /** Called inside the import's transaction; a dry run rolls it back after counting. */
    ImportReport restore(AccountId account, String file, InputStream in, boolean dryRun) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BadDataException(file, line, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !AccountDump.FORMAT.equals(root.path("format").asString(""))
                || !root.path("tables").isObject()) {
            throw new BadDataException(file, 1, "not a Kith JSON export (no \"format\": \"" + AccountDump.FORMAT + "\")");
        }
        if (root.path("version").asInt(0) > AccountDump.VERSION) {
            throw new BadDataException(file, 1, "made by a newer Kith (export version " + root.path("version").asInt() + ")");
        }
        JsonNode tables = root.get("tables");
        for (String name : tables.propertyNames()) {
            if (!dump.tables().contains(name)) {
                throw new BadDataException(file, 1, "the export has '" + name + "' data, which this version of Kith "
                        + "does not know; nothing was imported");
            }
        }
        for (String table : dump.tables()) {
            JsonNode rows = tables.path(table);
            for (int i = 0; i < rows.size(); i++) {
                checkIds(file, table + "[" + i + "]", rows.get(i));
            }
        }
        String oldSelf = root.path("selfId").asString(null);
        String newSelf = people.selfId(account);
        checkTarget(account, tables.path("people"), oldSelf);
        int created = 0;
        int skipped = 0;
        for (String table : dump.tables()) {
            JsonNode rows = tables.path(table);
            for (JsonNode row : rows) {
                boolean isSelf = table.equals("people") && oldSelf != null && oldSelf.equals(row.path("id").asString(null));
                if (isSelf) {
                    updateSelf(account, row, oldSelf, newSelf);
                    continue;
                }
                int added = insert(account, table, row, oldSelf, newSelf);
                if (table.equals("people")) {
                    created += added;
                    skipped += 1 - added;
                }
            }
        }
        if (dryRun) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new ImportReport("json", file, dryRun, created, 0, 0, skipped, 0, 0, List.of(), List.of(), List.of());
    }

    /** Only an empty account, or the account the export came from, can take it without clashing names. */
    private void checkTarget(AccountId account, JsonNode exportedPeople, String oldSelf) {
        Integer others = jdbc.queryForObject("SELECT count(*) FROM people WHERE account_id = ? AND is_self = 0",
                Integer.class, account.value());
        if (others == null || others == 0) {
            return;
        }
        String someone = null;
        for (JsonNode p : exportedPeople) {
            if (!p.path("id").asString("").equals(oldSelf)) {
                someone = p.path("id").asString();
                break;
            }
        }
        Integer known = someone == null ? 1 : jdbc.queryForObject(
                "SELECT count(*) FROM people WHERE account_id = ? AND id = ?", Integer.class, account.value(), someone);
        if (known == null || known == 0) {
            throw new ConflictException("a JSON export restores into an empty account (or the one it came from); "
                    + "this account already has " + others + " people: use a new account, or import vCard or CSV");
        }
    }

    private int insert(AccountId account, String table, JsonNode row, String oldSelf, String newSelf) {
        List<String> columns = new ArrayList<>(List.of("account_id"));
        List<Object> values = new ArrayList<>(List.of(account.value()));
        for (Map.Entry<String, JsonNode> e : row.properties()) {
            columns.add(column(e.getKey()));
            values.add(value(e.getValue(), oldSelf, newSelf));
        }
        // One placeholder per column the file names: a row of values, not a list of ids to bind as :ids.
        return jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ") ON CONFLICT DO NOTHING",
                values.toArray());
    }

    private void updateSelf(AccountId account, JsonNode row, String oldSelf, String newSelf) {
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : row.properties()) {
            if (!List.of("id", "is_self").contains(e.getKey())) {
                sets.add(column(e.getKey()) + " = ?");
                values.add(value(e.getValue(), oldSelf, newSelf));
            }
        }
        values.add(account.value());
        values.add(newSelf);
        jdbc.update("UPDATE people SET " + String.join(", ", sets) + " WHERE account_id = ? AND id = ?",
                values.toArray());
    }

    /**
     * Every id in the file is a UUID, as Kith makes them: anything else would become a link that
     * resolves to another path. The JSON path says where, as a tree read keeps no line numbers.
     */
    private static void checkIds(String file, String where, JsonNode row) {
        for (Map.Entry<String, JsonNode> e : row.properties()) {
            String name = e.getKey();
            boolean id = name.equals("id") || name.endsWith("_id") || name.equals("person_a") || name.equals("person_b");
            JsonNode v = e.getValue();
            if (id && !v.isNull() && !(v.isString() && Ids.looksValid(v.asString()))) {
                throw new BadDataException(file, 1, "tables." + where + "." + name + " is not a Kith id (a UUID);"
                        + " nothing was imported");
            }
        }
    }

    /** Column names come from the file: only plain lower-case names are taken, so none can carry SQL. */
    private static String column(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new BadDataException("json", 0, "'" + name + "' is not a column of a Kith export");
        }
        return name;
    }

    private static Object value(JsonNode v, String oldSelf, String newSelf) {
        if (v == null || v.isNull()) {
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
        if (v.isObject() && v.has("base64")) {
            return Base64.getDecoder().decode(v.get("base64").asString());
        }
        throw new BadDataException("json", 0, "a value of an unknown kind: " + v);
    }
}
