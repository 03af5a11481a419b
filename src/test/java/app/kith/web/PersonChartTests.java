package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.interactions.InteractionChanges;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The picture of a relationship (issue 18), drawn in the person page: touches a month by direction over
 * two years, the cadence, and health month by month, as SVG with a table of the same figures; names are
 * escaped.
 */
class PersonChartTests extends SignedInPageTests {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    @Test
    void theChartStacksEachMonthsTouchesByDirectionAndTheTableSaysTheSame() throws Exception {
        Owner owner = newOwner("chart");
        AccountId account = owner.account();
        String friend = people.create(account, PersonChanges.builder().name("<b>Ada</b> O'Brien").circle("close")
                .build()).id();
        LocalDate today = LocalDate.now(clock);
        YearMonth twoAgo = YearMonth.from(today).minusMonths(2);
        for (String direction : List.of("gave", "gave", "asked")) {
            interactions.log(account, new InteractionChanges(List.of(friend), "coffee", direction,
                    twoAgo.atDay(5).toString(), null));
        }
        interactions.log(account, new InteractionChanges(List.of(friend), "call", "received",
                YearMonth.from(today).minusMonths(30).atDay(1).toString(), null));
        interactions.log(account, new InteractionChanges(List.of(friend), "setback", "neutral", today.toString(), null));

        SignedIn web = signIn(owner);
        HttpResponse<String> page = web.get("/people/" + friend);

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("<svg", "role=\"img\"", "3 touches in the last 24 months; the most in "
                + LABEL.format(twoAgo) + " (3)", "cadence: every ")
                .contains("<title>2 gave in " + LABEL.format(twoAgo) + "</title>",
                        "<title>1 asked in " + LABEL.format(twoAgo) + "</title>")
                .doesNotContain("<b>Ada</b>", "received in");
        assertThat(count(body, "class=\"bar ")).isEqualTo(2);
        Matcher now = Pattern.compile("<span class=\"health\">(\\d+)/100</span>").matcher(body);
        assertThat(now.find()).as("the page's health").isTrue();
        assertThat(body).as("the health line ends at today's health").contains(" now.</desc>")
                .containsPattern("Health \\d+ then, " + now.group(1) + " now\\.");
        assertThat(count(body, "<th scope=\"row\">")).isEqualTo(24);
        Matcher row = Pattern.compile("<th scope=\"row\">" + LABEL.format(twoAgo) + "</th>\\s*((?:<td>\\d+</td>\\s*)+)")
                .matcher(body);
        assertThat(row.find()).isTrue();
        assertThat(row.group(1).replaceAll("\\s", "")).startsWith("<td>2</td><td>0</td><td>0</td><td>0</td><td>1</td>");
    }

    @Test
    void yourOwnPageHasNoChart() throws Exception {
        Owner owner = newOwner("chart");
        SignedIn web = signIn(owner);

        HttpResponse<String> self = web.get("/people/self");

        assertThat(self.statusCode()).isEqualTo(200);
        assertThat(self.body()).doesNotContain("touch-chart", "How it has gone");
    }

    @Test
    void aChartsSettingThatIsNeitherTrueNorFalseStopsTheStartSayingSo() {
        assertThatThrownBy(() -> new PersonPage(null, null, null, null, null, "maybe"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("KITH_PERSON_CHARTS: 'maybe' is neither true nor false");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
