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
}
