package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PeopleCommandTests {
    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static Cli cli;

    @BeforeAll
    static void createAccount() {
        cli = Cli.onSqlite();
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Mia Owner").exit()).isZero();
    }

    private static String add(String... args) {
        List<String> all = new ArrayList<>(List.of("people", "add"));
        all.addAll(List.of(args));
        Cli.Result added = cli.run(all.toArray(String[]::new));
        assertThat(added.exit()).as(added.err()).isZero();
        return added.line();
    }

    private static List<String> names(JsonNode people) {
        List<String> names = new ArrayList<>();
        people.forEach(p -> names.add(p.get("name").asString()));
        return names;
    }

    private static String text(JsonNode node) {
        return node.isNull() ? "" : node.asString();
    }

    @Test
    void addPrintsOnlyTheNewId() {
        Cli.Result added = cli.run("people", "add", "Ada Lovelace", "--email", "ada@example.com");

        assertThat(added.exit()).isZero();
        assertThat(added.out()).matches(ID + "\\R");
        assertThat(added.err()).isEmpty();
    }

    @Test
    void addWithJsonPrintsThePersonWithEveryFixedKey() {
        Cli.Result added = cli.run("people", "add", "Grace Hopper", "--email", "grace@navy.example", "--org", "US Navy",
                "--title", "Rear Admiral", "--circle", "close", "--tag", "computing", "--json");

        assertThat(added.exit()).isZero();
        JsonNode person = added.json();
        assertThat(person.propertyNames()).contains("id", "name", "emails", "organization", "title", "circle", "tags",
                "lastInteraction", "health");
        assertThat(person.get("id").asString()).matches(ID);
        assertThat(person.get("name").asString()).isEqualTo("Grace Hopper");
        assertThat(person.get("emails").get(0).asString()).isEqualTo("grace@navy.example");
        assertThat(person.get("organization").asString()).isEqualTo("US Navy");
        assertThat(person.get("title").asString()).isEqualTo("Rear Admiral");
        assertThat(person.get("circle").asString()).isEqualTo("close");
        assertThat(person.get("tags").get(0).asString()).isEqualTo("computing");
        assertThat(person.get("lastInteraction").isNull()).isTrue();
        assertThat(person.get("health").asInt()).isBetween(0, 100);
    }

    @Test
    void listFiltersByQueryTagCircleAndKindAndPrintsEveryMatchUnlessLimited() {
        for (int i = 1; i <= 5; i++) {
            add("Climber " + i, "--tag", "bouldering", "--circle", i <= 2 ? "inner" : "network");
        }
        add("Zofia Wróblewska", "--org", "Volcano Labs", "--kind", "partnership");

        assertThat(names(cli.run("people", "list", "--tag", "bouldering", "--json").json())).hasSize(5);
        assertThat(names(cli.run("people", "list", "--tag", "bouldering", "--circle", "inner", "--json").json()))
                .containsExactlyInAnyOrder("Climber 1", "Climber 2");
        assertThat(names(cli.run("people", "list", "--tag", "bouldering", "--limit", "3", "--json").json())).hasSize(3);
        assertThat(names(cli.run("people", "list", "--query", "wroblew", "--json").json()))
                .containsExactly("Zofia Wróblewska");
        assertThat(names(cli.run("people", "list", "--query", "volcano", "--json").json()))
                .containsExactly("Zofia Wróblewska");
        assertThat(names(cli.run("people", "list", "--kind", "partnership", "--json").json()))
                .containsExactly("Zofia Wróblewska");
    }

    @Test
    void listPrintsAlignedColumns() {
        add("Short Name", "--tag", "aligned", "--org", "A");
        add("A Considerably Longer Name", "--tag", "aligned", "--org", "Bigger Organization");

        Cli.Result listed = cli.run("people", "list", "--tag", "aligned");

        assertThat(listed.exit()).isZero();
        List<String> lines = listed.out().lines().toList();
        assertThat(lines).hasSize(3);
        int column = lines.getFirst().indexOf("ORGANIZATION");
        assertThat(lines.get(1).substring(column)).matches("(A|Bigger Organization) .*");
        assertThat(lines.get(2).substring(column)).matches("(A|Bigger Organization) .*");
    }

    @Test
    void listWithJsonPrintsOnlyJson() {
        add("Json Person", "--tag", "pure-json");

        Cli.Result listed = cli.run("people", "list", "--tag", "pure-json", "--json");

        assertThat(listed.exit()).isZero();
        assertThat(listed.json().isArray()).isTrue();
        assertThat(listed.json().get(0).get("name").asString()).isEqualTo("Json Person");
        assertThat(listed.err()).isEmpty();
    }

    @Test
    void showGivesContactPointsAffiliationsAndRecentInteractions() {
        String id = add("Alan Turing", "--email", "alan@example.com", "--phone", "+44 20 7946 0958", "--org",
                "Bletchley Park", "--title", "Cryptanalyst", "--school", "King's College:1931-1934", "--community",
                "Ratio Club", "--birthday", "--06-23", "--met", "at a chess club");
        assertThat(cli.run("log", id, "--kind", "coffee", "--date", "2024-03-01", "--note", "talked about morphogenesis")
                .exit()).isZero();

        JsonNode shown = cli.run("people", "show", id, "--json").json();

        assertThat(shown.get("id").asString()).isEqualTo(id);
        assertThat(shown.get("organization").asString()).isEqualTo("Bletchley Park");
        assertThat(shown.get("lastInteraction").asString()).isEqualTo("2024-03-01");
        assertThat(shown.get("phones").get(0).asString()).isEqualTo("+442079460958");
        assertThat(shown.get("birthday").asString()).isEqualTo("--06-23");
        assertThat(shown.has("health")).isTrue();
        assertThat(shown.has("card")).as("the card's keys stay at the top level").isFalse();
        List<String> affiliations = new ArrayList<>();
        shown.get("affiliations").forEach(a -> affiliations.add(a.get("role").asString() + " "
                + a.get("organization").asString() + " " + text(a.get("start")) + "-" + text(a.get("end"))));
        assertThat(affiliations).containsExactlyInAnyOrder("works-at Bletchley Park -",
                "studied-at King's College 1931-1934", "member-of Ratio Club -");
        JsonNode interaction = shown.get("recentInteractions").get(0);
        assertThat(interaction.get("kind").asString()).isEqualTo("coffee");
        assertThat(interaction.get("date").asString()).isEqualTo("2024-03-01");
        assertThat(interaction.get("notes").asString()).isEqualTo("talked about morphogenesis");

        Cli.Result text = cli.run("people", "show", id);
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("Alan Turing", "alan@example.com", "Bletchley Park", "King's College",
                "1931–1934", "2024-03-01", "coffee", "talked about morphogenesis");
    }

    @Test
    void editChangesOnlyWhatIsGiven() {
        String id = add("Katherine Johnson", "--email", "kj@example.com", "--circle", "network");

        Cli.Result edited = cli.run("people", "edit", id, "--circle", "inner", "--trust", "trusted", "--org", "NASA");

        assertThat(edited.exit()).as(edited.err()).isZero();
        assertThat(edited.line()).isEqualTo(id);
        JsonNode shown = cli.run("people", "show", id, "--json").json();
        assertThat(shown.get("circle").asString()).isEqualTo("inner");
        assertThat(shown.get("trust").asString()).isEqualTo("trusted");
        assertThat(shown.get("organization").asString()).isEqualTo("NASA");
        assertThat(shown.get("emails").get(0).asString()).isEqualTo("kj@example.com");
    }

    @Test
    void selfIsAcceptedWhereverAPersonIdIs() {
        Cli.Result edited = cli.run("people", "edit", "self", "--school", "MIT:2010-2014");
        assertThat(edited.exit()).as(edited.err()).isZero();

        JsonNode me = cli.run("people", "show", "self", "--json").json();
        assertThat(me.get("name").asString()).isEqualTo("Mia Owner");
        assertThat(me.get("self").asBoolean()).isTrue();
        assertThat(me.get("id").asString()).isEqualTo(edited.line());
    }

    @Test
    void terminalOutputNeutralizesControlCharactersInUserText() {
        String id = add("Mallory \u001b[2J\u001b[31mRed\u0007 \u202eevil");

        Cli.Result shown = cli.run("people", "show", id);
        Cli.Result listed = cli.run("people", "list", "--query", "mallory");

        assertThat(shown.out()).doesNotContain("\u001b", "\u0007", "\u202e").contains("Mallory ?[2J?[31mRed?");
        assertThat(listed.out()).doesNotContain("\u001b", "\u0007", "\u202e");
        assertThat(cli.run("people", "show", id, "--json").json().get("name").asString()).contains("\u001b[31m");
    }

    @Test
    void unknownIdExitsOneWithOneLineAndNoStackTrace() {
        Cli.Result shown = cli.run("people", "show", "0190a000-0000-7000-8000-000000000000");

        assertThat(shown.exit()).isEqualTo(1);
        assertThat(shown.out()).isEmpty();
        assertThat(shown.err().lines()).hasSize(1);
        assertThat(shown.err()).contains("not found").doesNotContain("Exception", "\tat ");
        assertThat(cli.run("people", "edit", "no-such-id", "--circle", "inner").exit()).isEqualTo(1);
    }

    @Test
    void badChoiceExitsTwoNamingTheOptionAndWritesNothing() {
        Cli.Result added = cli.run("people", "add", "Bad Circle", "--circle", "best-friends");

        assertThat(added.exit()).isEqualTo(2);
        assertThat(added.err()).startsWith("kith: --circle:").contains("inner");
        assertThat(cli.run("people", "list", "--query", "bad circle", "--json").json()).isEmpty();
        assertThat(cli.run("people", "list", "--circle", "nope").err()).contains("--circle");
    }

    @Test
    void badEmailExitsTwoAndWritesNothing() {
        Cli.Result added = cli.run("people", "add", "Eve Bad", "--email", "not-an-email", "--org", "Evil Corp");

        assertThat(added.exit()).isEqualTo(2);
        assertThat(added.err()).contains("--email");
        assertThat(added.out()).isEmpty();
        assertThat(cli.run("people", "list", "--query", "eve", "--json").json()).isEmpty();
        assertThat(cli.run("people", "list", "--query", "evil", "--json").json()).isEmpty();
    }

    @Test
    void globalOptionValuesAreTakenLiterally() {
        Cli.Result listed = cli.run("--db-password", "p${not.a.placeholder}", "people", "list", "--json");

        assertThat(listed.exit()).as(listed.err()).isZero();
    }

    @Test
    void optionsThatDoNotFitExitTwo() {
        assertThat(cli.run("people", "add", "No Org", "--title", "CEO").exit()).isEqualTo(2);
        assertThat(cli.run("people", "add", "Bad Years", "--school", "MIT:2010to2014").exit()).isEqualTo(2);
        assertThat(cli.run("people", "add", "Bad Cadence", "--cadence", "often").exit()).isEqualTo(2);
        assertThat(cli.run("people", "add", "Bad Birthday", "--birthday", "31/12").err()).contains("--birthday");
        assertThat(cli.run("people", "list", "--limit", "0").exit()).isEqualTo(2);
        assertThat(cli.run("people", "list", "--json").json().isArray()).isTrue();
    }
}
