package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TodayAndPathCommandTests {
    private static Cli cli;

    @BeforeAll
    static void createAccount() {
        cli = Cli.onSqlite();
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Mia Owner").exit()).isZero();
    }

    @Test
    void todayJsonListsAnOverdueInnerCirclePersonWithReasonAndDueDate() {
        String ann = cli.run("people", "add", "Ann Overdue", "--circle", "inner").line();
        assertThat(cli.run("log", ann, "--kind", "coffee", "--direction", "gave", "--date", "2026-01-01").exit()).isZero();

        Cli.Result today = cli.run("today", "--date", "2026-03-01", "--json");

        assertThat(today.exit()).as(today.err()).isZero();
        JsonNode digest = today.json();
        assertThat(digest.propertyNames()).contains("reachOut", "upcoming", "noteCards", "bridges");
        JsonNode first = digest.get("reachOut").get(0);
        assertThat(first.get("person").get("id").asString()).isEqualTo(ann);
        assertThat(first.get("reason").asString()).isNotBlank();
        assertThat(first.get("dueSince").asString()).isEqualTo("2026-01-15");
    }

    @Test
    void todaySaysWhatToKnowBeforeAMeetingFirstWithNotesMadeSafeForTheTerminal() {
        String eve = cli.run("people", "add", "Eve Engineer").line();
        assertThat(cli.run("log", eve, "--kind", "coffee", "--direction", "gave", "--date", "2026-04-20", "--note",
                "talked about engines\u001b[2J\nand more").exit()).isZero();
        assertThat(cli.run("log", eve, "--kind", "call", "--direction", "asked", "--date", "2026-04-25", "--note",
                "an intro to her CTO").exit()).isZero();
        assertThat(cli.run("events", "add", "--kind", "dinner", "--date", "2026-05-02", "--title", "Dinner at Eve's",
                "--person", eve).exit()).isZero();

        Cli.Result today = cli.run("today", "--date", "2026-05-01");

        assertThat(today.exit()).as(today.err()).isZero();
        String out = today.out();
        assertThat(out).contains("Before you meet (next 48 hours):\n  tomorrow  Dinner at Eve's\n    Eve Engineer (" + eve
                + ")\n      try: give back before you ask again",
                "      last time: 2026-04-25 call (asked): an intro to her CTO; 2026-04-20 coffee (gave): talked about"
                        + " engines?[2J and more\n",
                "      open: you asked 6 days ago (2026-04-25) and have given nothing since: an intro to her CTO\n");
        assertThat(out.indexOf("Before you meet")).isLessThan(out.indexOf("Reach out"));
        assertThat(out).doesNotContain("\u001b");
        JsonNode prep = cli.run("today", "--date", "2026-05-01", "--json").json().get("prep").get(0);
        assertThat(prep.get("meeting").get("title").asString()).isEqualTo("Dinner at Eve's");
        assertThat(prep.get("people").get(0).get("lastInteractions").get(0).get("about").asString())
                .isEqualTo("an intro to her CTO");
    }

    @Test
    void todayWithABadDateIsAUsageError() {
        Cli.Result bad = cli.run("today", "--date", "2026-02-30");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("date");
    }

    @Test
    void pathToSomeoneUnreachableIsAnAnswerNotAnError() {
        String stranger = cli.run("people", "add", "Sam Stranger").line();

        Cli.Result path = cli.run("path", stranger, "--json");

        assertThat(path.exit()).as(path.err()).isZero();
        assertThat(path.json().get("reachable").asBoolean()).isFalse();
        assertThat(cli.run("path", "0190f0b8-0000-7000-8000-000000000000").exit()).isEqualTo(1);
    }

    @Test
    void peopleShowSaysWhatYouHaveInCommon() {
        assertThat(cli.run("people", "edit", "self", "--school", "Uniwersytet Warszawski:2010-2014").exit()).isZero();
        String bo = cli.run("people", "add", "Bo Classmate", "--school", "Uniwersytet Warszawski:2011-2015").line();

        JsonNode shown = cli.run("people", "show", bo, "--json").json();

        assertThat(shown.get("commonGround").size()).isPositive();
        assertThat(shown.get("commonGround").get(0).get("why").asString()).contains("Uniwersytet Warszawski");
        assertThat(cli.run("people", "show", bo).out()).contains("common ground:");
    }

    @Test
    void cadencesListsEachCircleAndSetChangesTheIdealAndTheMaximum() {
        Cli.Result list = cli.run("cadences");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("CIRCLE", "IDEAL", "MAXIMUM", "inner", "14 days", "28 days", "not tracked");

        Cli.Result set = cli.run("cadences", "set", "network", "--ideal", "60", "--maximum", "200", "--json");

        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.json().get("days").asInt()).isEqualTo(60);
        assertThat(set.json().get("maximumDays").asInt()).isEqualTo(200);
        JsonNode all = cli.run("cadences", "--json").json();
        assertThat(all.get(2).get("circle").asString()).isEqualTo("network");
        assertThat(all.get(2).get("maximumIsDefault").asBoolean()).isFalse();

        Cli.Result below = cli.run("cadences", "set", "network", "--maximum", "30");
        assertThat(below.exit()).isEqualTo(2);
        assertThat(below.err()).contains("--maximum: must be at least the ideal interval (60 days)");
        Cli.Result neither = cli.run("cadences", "set", "network");
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err()).contains("--ideal: is required, or --maximum");
        assertThat(cli.run("cadences", "set", "network", "--ideal", "0", "--maximum", "0").exit()).isZero();
        assertThat(cli.run("cadences", "--json").json().get(2).get("days").asInt()).isEqualTo(90);
    }
}
