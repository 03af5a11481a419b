package app.kith.exchange;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lossless export: every row of every table the modules keep for the account, column by
 * column, streamed as it is read. Ids are kept, so references between rows stay as they were; the
 * account's own person is named so a restore can map it onto the target account's.
 */
@Component
class JsonExport {
    private final AccountDump dump;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final PeopleService people;
    private final Clock clock;

    JsonExport(AccountDump dump, JdbcTemplate jdbc, JsonMapper json, PeopleService people, Clock clock) {
        this.dump = dump;
        this.jdbc = jdbc;
        this.json = json;
        this.people = people;
        this.clock = clock;
    }

    void write(AccountId account, OutputStream out) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("format", AccountDump.FORMAT);
            g.writeNumberProperty("version", AccountDump.VERSION);
            g.writeStringProperty("exportedAt", clock.instant().toString());
            g.writeStringProperty("selfId", people.selfId(account));
            g.writeName("tables");
            g.writeStartObject();
            for (String table : dump.tables()) {
                g.writeName(table);
                g.writeStartArray();
                // Rows in key order (the columns after account_id), so two exports of one state are equal.
                jdbc.query("SELECT * FROM " + table + " WHERE account_id = ? ORDER BY 2, 3",
                        (ResultSet rs) -> {
                            row(g, rs);
                        }, account.value());
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void row(JsonGenerator g, ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        g.writeStartObject();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
            // Columns the database computes itself (PostgreSQL's search vector) are not data.
            if (column.equals("account_id") || "tsvector".equalsIgnoreCase(meta.getColumnTypeName(i))) {
                continue;
            }
            g.writeName(column);
            Object value = rs.getObject(i);
            switch (value) {
                case null -> g.writeNull();
                case Integer n -> g.writeNumber(n);
                case Long n -> g.writeNumber(n);
                case Short n -> g.writeNumber(n.intValue());
                case Double n -> g.writeNumber(n);
                case Float n -> g.writeNumber(n);
                case BigDecimal n -> g.writeNumber(n);
                case Boolean b -> g.writeBoolean(b);
                case byte[] bytes -> {
                    g.writeStartObject();
                    g.writeStringProperty("base64", Base64.getEncoder().encodeToString(bytes));
                    g.writeEndObject();
                }
                default -> g.writeString(value.toString());
            }
        }
        g.writeEndObject();
    }
}
