package app.kith.exchange;

import app.kith.shared.BadDataException;
import app.kith.shared.Ids;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Kith JSON export as a file holds it: its own person's id and each table's rows, each row with
 * the line it begins on, so that whatever is wrong with a row is said as {@code FILE:LINE}. The
 * shape is checked as it is read (an object with {@code "format": "kith-export"}, tables Kith knows,
 * each a list of row objects); what the rows hold is checked by {@link JsonRestore}.
 */
record ExportFile(String name, String selfId, Map<String, List<Row>> tables) {

    /** A row of a table, as written, with where it is. */
    record Row(String table, int index, long line, JsonNode values) {
        /** Where the row is in the file's structure: {@code tables.people[3]}. */
        String where() {
            return "tables." + table + "[" + index + "]";
        }
    }

    List<Row> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    static ExportFile read(String file, InputStream in, JsonMapper json, List<String> knownTables) {
        // Values are read one by one from the stream: what follows each is the rest of the file, not trailing text.
        ObjectReader values = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser p = json.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notAnExport(file, line(p));
            }
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            Map<String, List<Row>> tables = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("tables") && value == JsonToken.START_OBJECT) {
                    tables = tables(file, p, values, knownTables);
                } else {
                    fields.put(field, values.readTree(p));
                }
            }
            if (p.nextToken() != null) {
                throw new BadDataException(file, line(p), "more follows the end of the export");
            }
            JsonNode format = fields.get("format");
            if (tables == null || format == null || !format.isString() || !format.asString().equals(AccountDump.FORMAT)) {
                throw notAnExport(file, 1);
            }
            JsonNode version = fields.get("version");
            if (version != null && version.isNumber() && version.doubleValue() > AccountDump.VERSION) {
                throw new BadDataException(file, 1, "made by a newer Kith (export version " + version + ")");
            }
            JsonNode self = fields.get("selfId");
            if (self != null && !self.isNull() && !(self.isString() && Ids.looksValid(self.asString()))) {
                throw new BadDataException(file, 1, "selfId is not a Kith id (a UUID); nothing was imported");
            }
            return new ExportFile(file, self == null || self.isNull() ? null : self.asString(), tables);
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BadDataException(file, Math.max(line, 0), "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static Map<String, List<Row>> tables(String file, JsonParser p, ObjectReader values, List<String> known) {
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String table = p.currentName();
            long line = line(p);
            if (!known.contains(table)) {
                throw new BadDataException(file, line, "the export has '" + table + "' data, which this version of "
                        + "Kith does not know; nothing was imported");
            }
            if (tables.containsKey(table)) {
                throw new BadDataException(file, line, "tables." + table + " is given twice");
            }
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new BadDataException(file, line, "tables." + table + " is not a list of rows; nothing was imported");
            }
            List<Row> rows = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.START_OBJECT) {
                    throw new BadDataException(file, line(p), "tables." + table + "[" + rows.size()
                            + "] is not a row (an object with a value for each column)");
                }
                rows.add(new Row(table, rows.size(), line(p), values.readTree(p)));
            }
            tables.put(table, rows);
        }
        return tables;
    }

    private static long line(JsonParser p) {
        return Math.max(p.currentTokenLocation().getLineNr(), 1);
    }

    private static BadDataException notAnExport(String file, long line) {
        return new BadDataException(file, line, "not a Kith JSON export (no \"format\": \"" + AccountDump.FORMAT
                + "\" with \"tables\")");
    }
}
