package app.kith.exchange;

import app.kith.shared.BadDataException;
import app.kith.shared.Ids;
import java.sql.ResultSetMetaData;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The columns a JSON export may give for each table, with the kind of value each holds, read from
 * the database once: those the export writes, which are the table's own but for the account and
 * what the database computes (PostgreSQL's search vector). A restore checks every row against them
 * before it writes one, so a file is refused the same way on SQLite (which would store text in a
 * number column) and on PostgreSQL.
 */
@Component
class ExportColumns {
    /** What a column holds, as the export writes it. */
    enum Kind {
        TEXT("text (a JSON string)"), WHOLE("a whole number"), BYTES("data ({\"base64\": \"...\"})"), OTHER("a value");

        final String described;

        Kind(String described) {
            this.described = described;
        }

        static Kind of(String type) {
            String t = type.toLowerCase(Locale.ROOT);
            return t.contains("int") ? WHOLE : t.contains("char") || t.contains("text") ? TEXT
                    : t.equals("blob") || t.equals("bytea") ? BYTES : OTHER;
        }
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Map<String, Kind>> tables = new ConcurrentHashMap<>();

    ExportColumns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Checks that a row can be written as it is: its columns are the table's (the account is the
     * restore's own), its ids are UUIDs as Kith makes them (anything else would become a link that
     * resolves to another path), and each value is of its column's kind.
     */
    void check(ExportFile export, ExportFile.Row row) {
        Map<String, Kind> columns = columns(row.table());
        for (Map.Entry<String, JsonNode> e : row.values().properties()) {
            String name = e.getKey();
            Kind kind = columns.get(name);
            if (kind == null) {
                throw refused(export, row, name, "is not a column of a Kith export");
            }
            JsonNode v = e.getValue();
            boolean id = name.equals("id") || name.endsWith("_id") || name.equals("person_a") || name.equals("person_b");
            if (id && !v.isNull() && !(v.isString() && Ids.looksValid(v.asString()))) {
                throw refused(export, row, name, "is not a Kith id (a UUID)");
            }
            if (!v.isNull() && !holds(kind, v)) {
                throw refused(export, row, name, "is not " + kind.described);
            }
        }
    }

    private static boolean holds(Kind kind, JsonNode v) {
        return switch (kind) {
            case TEXT -> v.isString();
            case WHOLE -> v.isIntegralNumber() && v.canConvertToLong();
            case BYTES -> isBase64(v);
            case OTHER -> v.isString() || v.isIntegralNumber() && v.canConvertToLong()
                    || v.isFloatingPointNumber() && Double.isFinite(v.doubleValue()) || v.isBoolean() || isBase64(v);
        };
    }

    private static boolean isBase64(JsonNode v) {
        if (!(v.isObject() && v.size() == 1 && v.get("base64") instanceof JsonNode text && text.isString())) {
            return false;
        }
        try {
            Base64.getDecoder().decode(text.asString());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Map<String, Kind> columns(String table) {
        return tables.computeIfAbsent(table, t -> jdbc.query("SELECT * FROM " + t + " WHERE 1 = 0", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Kind> kinds = new HashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                String type = meta.getColumnTypeName(i);
                if (!column.equals("account_id") && !"tsvector".equalsIgnoreCase(type)) {
                    kinds.put(column, Kind.of(type == null ? "" : type));
                }
            }
            return Map.copyOf(kinds);
        }));
    }

    private static BadDataException refused(ExportFile export, ExportFile.Row row, String column, String why) {
        return new BadDataException(export.name(), row.line(), row.where() + "." + column + " " + why
                + "; nothing was imported");
    }
}
