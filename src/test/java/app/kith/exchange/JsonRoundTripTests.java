package app.kith.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.calendar.CalendarService;
import app.kith.calendar.EventChanges;
import app.kith.conferences.ConferenceService;
import app.kith.conferences.SeriesChanges;
import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.insights.BridgeChanges;
import app.kith.insights.BridgeService;
import app.kith.insights.CadenceService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.notecards.NoteCardChanges;
import app.kith.notecards.NoteCardService;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.people.Photo;
import app.kith.people.PostalAddress;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.testing.DatabaseTest;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON export is lossless: restored into an empty account, it reproduces the same state. */
class JsonRoundTripTests {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DatabaseTest
    void exportThenImportIntoAnEmptyAccountReproducesTheSameState(
            ExportService exports, ImportService imports, PeopleService people, OrganizationService organizations,
            InteractionService interactions, ConnectionService connections, CadenceService cadences,
            BridgeService bridges, CalendarService calendar, ConferenceService conferences, NoteCardService cards,
            AccountId source, AccountId target) {
        String ada = people.create(source, new PersonChanges("Ada Lovelace", "Ada", List.of("ada@example.com"),
                List.of("+44 20 7946 0018"), List.of("https://www.linkedin.com/in/ada"),
                List.of(new PostalAddress("home", "12 St James's Sq", "London", null, "SW1Y", "UK")), "--12-10",
                "at the Analytical Society", "inner", 21, "both", "trusted", "exploring", null, null,
                List.of("math", "Engines"), "She wrote the first program.\n\"Quoted\"")).id();
        String charles = people.create(source, PersonChanges.named("Charles Babbage")).id();
        people.update(source, "self", PersonChanges.builder().birthday("1990-04-01").tags(List.of("me"))
                .notes("my notes").build());
        organizations.addAffiliation(source, new AffiliationChanges(ada, null, "Analytical Society", "community",
                null, "member", "2015", "2020"));
        organizations.addAffiliation(source, new AffiliationChanges("self", null, "Cambridge", "school", null, "BA",
                "2008", "2011"));
        interactions.log(source, new InteractionChanges(List.of(ada, charles), "dinner", "gave", "2024-05-01", "salon"));
        interactions.log(source, new InteractionChanges(List.of(charles), "setback", "asked", "2024-06-01", null));
        connections.connect(source, new ConnectionChanges(ada, charles, "colleague", 5, "engines"));
        people.setPhoto(source, ada, Photo.of(Base64.getDecoder()
                .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAA=")));
        cadences.set(source, "close", 45, null);
        bridges.strain(source, charles, new BridgeChanges("a quarrel", "2030-01-01", "send a note", null));
        calendar.create(source, EventChanges.of("achievement", "2024-07-01", "Ada's paper is out", List.of(ada)));
        conferences.create(source, new SeriesChanges("EngineConf", "The Society", 9, "https://engine.example"));
        String salon = interactions.log(source, new InteractionChanges(List.of(ada), "coffee", "mutual", "2024-09-12",
                null)).id();
        conferences.attend(source, "EngineConf", 2024, List.of(ada), "went");
        conferences.metAt(source, "EngineConf", 2024, salon);
        cards.add(source, new NoteCardChanges(ada, "congratulations on the paper", "2024-07-10", "Dear Ada", null));

        JsonNode exported = export(exports, source);
        ImportReport report = imports.run(target, ImportFormat.JSON, ImportFile.of("kith-export.json",
                JSON.writeValueAsBytes(exported)), ImportOptions.of(false));

        assertThat(report.created()).isEqualTo(2);
        for (String table : List.of("events", "event_people", "conference_series", "conference_editions",
                "conference_attendance", "conference_meetings", "note_cards")) {
            assertThat(exported.get("tables").get(table)).as(table).isNotEmpty();
        }
        assertThat(state(export(exports, target))).isEqualTo(state(exported));
        assertThat(people.get(target, "self").birthday().toString()).isEqualTo("1990-04-01");
        assertThat(people.get(target, ada).birthday().toString()).isEqualTo("--12-10");
        assertThat(people.photo(target, ada)).hasValueSatisfying(p -> assertThat(p.bytes()).hasSize(29));

        ImportReport again = imports.run(target, ImportFormat.JSON, ImportFile.of("kith-export.json",
                JSON.writeValueAsBytes(exported)), ImportOptions.of(false));
        assertThat(again.created()).isZero();
        assertThat(state(export(exports, target))).isEqualTo(state(exported));
    }

    @DatabaseTest
    void aJsonExportDoesNotRestoreOverSomeoneElsesNetwork(ExportService exports, ImportService imports,
                                                          PeopleService people, AccountId source, AccountId target) {
        people.create(source, PersonChanges.named("Ada Lovelace"));
        people.create(target, PersonChanges.named("Grace Hopper"));
        byte[] file = JSON.writeValueAsBytes(export(exports, source));
        assertThatThrownBy(() -> imports.run(target, ImportFormat.JSON, ImportFile.of("x.json", file),
                ImportOptions.of(false))).isInstanceOf(ConflictException.class);
        assertThat(people.keys(target)).hasSize(2);
    }

    static JsonNode export(ExportService exports, AccountId account) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(account, ExportFormat.JSON, null, out);
        return JSON.readTree(out.toByteArray());
    }

    /**
     * Every table's rows as sorted text, with the account's own person id replaced by one word. A card's
     * change number is the server's sync state, not the user's data: a restore numbers the cards afresh.
     */
    static Map<String, List<String>> state(JsonNode export) {
        String self = export.get("selfId").asString();
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : export.get("tables").propertyNames()) {
            List<String> rows = new ArrayList<>();
            export.get("tables").get(table).forEach(row -> rows.add(row.toString().replace(self, "SELF")
                    .replaceAll(table.equals("dav_cards") ? "\"seq\":\\d+," : "^$", "")));
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }
}
