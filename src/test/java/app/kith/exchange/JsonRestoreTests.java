package app.kith.exchange;

import static app.kith.exchange.Samples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.BadDataException;
import app.kith.testing.DatabaseTest;
import java.util.List;
import java.util.Map;

/**
 * A JSON restore refuses, whole and in the same words on both databases, a file whose rows the
 * database would refuse or misread, naming the line the row begins on (found by fuzzing the restore).
 */
class JsonRestoreTests {
    private static final String ADA = "01a248ee-6629-7cfe-b83c-4616e7b805a4";
    private static final String NOBODY = "01a248ee-663c-7610-8d20-77e05eabe922";

    private static String export(String tables) {
        return "{\"format\": \"kith-export\", \"version\": 1, \"tables\": {\n" + tables + "\n}}\n";
    }

    private static String ada(String more) {
        return "\"people\": [\n  {\"id\": \"" + ADA + "\", \"display_name\": \"Ada\", \"name_key\": \"ada\", "
                + "\"created_at\": \"2026-01-01T00:00:00Z\", \"updated_at\": \"2026-01-01T00:00:00Z\"" + more + "}\n]";
    }

    private static void refused(ImportService imports, PeopleService people, AccountId account, String json,
                                String message) {
        assertThatThrownBy(() -> imports.run(account, ImportFormat.JSON, text("kith.json", json), ImportOptions.of(false)))
                .isInstanceOf(BadDataException.class).hasMessage(message);
        assertThat(people.keys(account)).as("nothing written").hasSize(1);
    }

    @DatabaseTest
    void aRestoredInteractionOfTwoIsATieInTheGraphWhateverTheFileSaysOfIt(ImportService imports,
                                                                        InteractionService interactions,
                                                                        AccountId account) {
        String bea = "01a248ee-6630-7aaa-8bbb-4616e7b805a5";
        String met = "01a248ee-6631-7ccc-8ddd-4616e7b805a6";
        String json = export("\"people\": [\n  {\"id\": \"" + ADA + "\", \"display_name\": \"Ada\", \"name_key\": \"ada\", "
                + "\"created_at\": \"2026-01-01T00:00:00Z\", \"updated_at\": \"2026-01-01T00:00:00Z\"},\n"
                + "  {\"id\": \"" + bea + "\", \"display_name\": \"Bea\", \"name_key\": \"bea\", "
                + "\"created_at\": \"2026-01-01T00:00:00Z\", \"updated_at\": \"2026-01-01T00:00:00Z\"}\n],\n"
                + "\"interactions\": [\n  {\"id\": \"" + met + "\", \"kind\": \"meeting\", \"occurred_on\": \"2026-02-01\", "
                + "\"direction\": \"mutual\", \"created_at\": \"2026-02-01T00:00:00Z\"}\n],\n"
                + "\"interaction_participants\": [\n"
                + "  {\"interaction_id\": \"" + met + "\", \"person_id\": \"" + ADA + "\", \"occurred_on\": \"2026-02-01\", "
                + "\"direction\": \"mutual\", \"together\": 0},\n"
                + "  {\"interaction_id\": \"" + met + "\", \"person_id\": \"" + bea + "\", \"occurred_on\": \"2026-02-01\", "
                + "\"direction\": \"mutual\"}\n]");
        imports.run(account, ImportFormat.JSON, text("kith.json", json), ImportOptions.of(false));
        Map<String, Map<String, Integer>> ties = interactions.togetherAmong(account, List.of(ADA, bea));
        assertThat(ties.values().stream().flatMap(m -> m.values().stream()).toList())
                .as("the meeting of the two is one tie, as it would be had it been logged here").containsExactly(1);
    }

    @DatabaseTest
    void aRowThatRefersToARowTheFileDoesNotHaveIsRefusedByItsLine(ImportService imports, PeopleService people,
                                                                 AccountId account) {
        refused(imports, people, account, export(ada("") + ",\n\"contact_points\": [\n  {\"id\": \""
                + "01a248ee-662a-757c-b5e9-537e5fcb68bf\", \"person_id\": \"" + NOBODY + "\", \"kind\": \"phone\", "
                + "\"value\": \"+1 555\", \"normalized\": \"+1555\", \"position\": 1}\n]"),
                "kith.json:6: tables.contact_points[0] cannot be restored: it refers to a row that is not there; "
                        + "nothing was imported");
    }

    @DatabaseTest
    void aRowWithoutARequiredValueIsRefused(ImportService imports, PeopleService people, AccountId account) {
        refused(imports, people, account, export("\"people\": [\n  {\"id\": \"" + ADA + "\"}\n]"),
                "kith.json:3: tables.people[0] cannot be restored: it lacks a value that is required; "
                        + "nothing was imported");
    }

    @DatabaseTest
    void aColumnOfNoExportIsRefusedAndTheAccountIsNotTheFilesToSay(ImportService imports, PeopleService people,
                                                                  AccountId account) {
        refused(imports, people, account, export(ada(", \"favourite\": \"tea\"")),
                "kith.json:3: tables.people[0].favourite is not a column of a Kith export; nothing was imported");
        refused(imports, people, account, export(ada(", \"account_id\": \"" + NOBODY + "\"")),
                "kith.json:3: tables.people[0].account_id is not a column of a Kith export; nothing was imported");
    }

    @DatabaseTest
    void aValueOfTheWrongKindIsRefusedOnSqliteToo(ImportService imports, PeopleService people, AccountId account) {
        refused(imports, people, account, export(ada(", \"birthday_month\": \"December\"")),
                "kith.json:3: tables.people[0].birthday_month is not a whole number; nothing was imported");
        refused(imports, people, account, export(ada(", \"notes\": 1e999999")),
                "kith.json:3: tables.people[0].notes is not text (a JSON string); nothing was imported");
        refused(imports, people, account, export(ada("") + ",\n\"person_photos\": [{\"person_id\": \"" + ADA
                        + "\", \"content_type\": \"image/png\", \"bytes\": {\"base64\": \"not base64!\"}}]"),
                "kith.json:5: tables.person_photos[0].bytes is not data ({\"base64\": \"...\"}); nothing was imported");
    }

    @DatabaseTest
    void tablesThatAreNotListsOfRowsAreRefused(ImportService imports, PeopleService people, AccountId account) {
        refused(imports, people, account, export("\"people\": {\"id\": \"" + ADA + "\"}"),
                "kith.json:2: tables.people is not a list of rows; nothing was imported");
        refused(imports, people, account, export("\"people\": [\n  \"Ada\"\n]"),
                "kith.json:3: tables.people[0] is not a row (an object with a value for each column)");
        refused(imports, people, account, export("\"people\": [],\n\"people\": []"),
                "kith.json:3: tables.people is given twice");
    }
}
