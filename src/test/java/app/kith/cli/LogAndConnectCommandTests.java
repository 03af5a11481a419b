package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LogAndConnectCommandTests {
    private static Cli cli;

    @BeforeAll
    static void createAccount() {
        cli = Cli.onSqlite();
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Mia Owner").exit()).isZero();
    }

    private static String add(String name) {
        return cli.run("people", "add", name).line();
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get(field).asString()));
        return ids;
    }

    @Test
    void logWithSeveralPeopleDefaultsToNeutralAndToday() {
        String ann = add("Ann Example");
        String bob = add("Bob Example");

        Cli.Result logged = cli.run("log", ann, bob, "self", "--kind", "dinner", "--json");

        assertThat(logged.exit()).as(logged.err()).isZero();
        JsonNode interaction = logged.json();
        assertThat(interaction.get("kind").asString()).isEqualTo("dinner");
        assertThat(interaction.get("direction").asString()).isEqualTo("neutral");
        assertThat(interaction.get("date").asString()).isEqualTo(LocalDate.now().toString());
        String self = cli.run("people", "show", "self", "--json").json().get("id").asString();
        List<String> participants = new ArrayList<>();
        interaction.get("participantIds").forEach(p -> participants.add(p.asString()));
        assertThat(participants).containsExactlyInAnyOrder(ann, bob, self);
        JsonNode bobsPage = cli.run("people", "show", bob, "--json").json();
        assertThat(bobsPage.get("lastInteraction").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(ids(bobsPage.get("recentInteractions"), "id")).containsExactly(interaction.get("id").asString());
    }

    @Test
    void logPrintsOnlyTheIdAndKeepsTheGivenDirectionDateAndNote() {
        String cat = add("Cat Example");

        Cli.Result logged = cli.run("log", cat, "--kind", "note-card", "--direction", "gave", "--date", "2023-12-24",
                "--note", "holiday card");

        assertThat(logged.exit()).isZero();
        JsonNode entry = cli.run("people", "show", cat, "--json").json().get("recentInteractions").get(0);
        assertThat(entry.get("id").asString()).isEqualTo(logged.line());
        assertThat(entry.get("direction").asString()).isEqualTo("gave");
        assertThat(entry.get("date").asString()).isEqualTo("2023-12-24");
        assertThat(entry.get("notes").asString()).isEqualTo("holiday card");
    }

    @Test
    void logWithAnUnknownPersonOrBadValueWritesNothing() {
        String dan = add("Dan Example");

        Cli.Result unknown = cli.run("log", dan, "0190a000-0000-7000-8000-000000000000", "--kind", "call");
        Cli.Result badDirection = cli.run("log", dan, "--kind", "call", "--direction", "sideways");
        Cli.Result badDate = cli.run("log", dan, "--kind", "call", "--date", "yesterday");
        Cli.Result noKind = cli.run("log", dan);

        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("not found");
        assertThat(badDirection.exit()).isEqualTo(2);
        assertThat(badDirection.err()).contains("--direction");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("--date");
        assertThat(noKind.exit()).isEqualTo(2);
        assertThat(noKind.err()).contains("--kind");
        assertThat(cli.run("people", "show", dan, "--json").json().get("recentInteractions")).isEmpty();
    }

    @Test
    void connectRecordsATieShownOnBothPeoplesPages() {
        String eve = add("Eve Example");
        String fay = add("Fay Example");

        Cli.Result connected = cli.run("connect", eve, fay, "--kind", "colleague", "--strength", "4");

        assertThat(connected.exit()).as(connected.err()).isZero();
        JsonNode tie = cli.run("people", "show", fay, "--json").json().get("connections").get(0);
        assertThat(tie.get("id").asString()).isEqualTo(connected.line());
        assertThat(tie.get("personId").asString()).isEqualTo(eve);
        assertThat(tie.get("kind").asString()).isEqualTo("colleague");
        assertThat(tie.get("strength").asInt()).isEqualTo(4);
        assertThat(cli.run("people", "show", eve).out()).contains("Fay Example", "colleague", "strength 4");
        assertThat(cli.run("connect", "self", eve).exit()).isZero();
    }

    @Test
    void connectRefusesBadStrengthKindAndUnknownPeople() {
        String gus = add("Gus Example");
        String hal = add("Hal Example");

        Cli.Result strength = cli.run("connect", gus, hal, "--strength", "9");
        Cli.Result kind = cli.run("connect", gus, hal, "--kind", "enemy");
        Cli.Result unknown = cli.run("connect", gus, "nobody");
        Cli.Result oneOnly = cli.run("connect", gus);

        assertThat(strength.exit()).isEqualTo(2);
        assertThat(strength.err()).contains("--strength");
        assertThat(kind.exit()).isEqualTo(2);
        assertThat(kind.err()).contains("--kind");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(oneOnly.exit()).isEqualTo(2);
        assertThat(cli.run("people", "show", gus, "--json").json().get("connections")).isEmpty();
    }
}
