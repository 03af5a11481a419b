package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The picture of a relationship (issue 18): touches a month by direction over two years, the cadence,
 * and health month by month, drawn as SVG with a table of the same figures; names are escaped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonChartTests {
    private static final Path DATA = TestDatabases.tempDir();
    private static final String PASSWORD = "a long enough password";
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    InteractionService interactions;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("kith.data", DATA::toString);
        registry.add("kith.db.url", () -> "");
    }

    @Test
    void theChartStacksEachMonthsTouchesByDirectionAndTheTableSaysTheSame() throws Exception {
        String email = "chart-" + UUID.randomUUID() + "@example.com";
        AccountId account = accounts.create(email, "Chart Owner", PASSWORD).id();
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

        SignedIn web = SignedIn.as(port, email, PASSWORD);
        HttpResponse<String> page = web.get("/people/" + friend);
        HttpResponse<String> chart = web.get("/people/" + friend + "/chart");

        assertThat(page.body()).contains("hx-get=\"/people/" + friend + "/chart\"");
        assertThat(chart.statusCode()).isEqualTo(200);
        String body = chart.body();
        assertThat(body).contains("<svg", "role=\"img\"", "3 touches in the last 24 months; the most in "
                + LABEL.format(twoAgo) + " (3)", "cadence: every ")
                .contains("<title>2 gave in " + LABEL.format(twoAgo) + "</title>",
                        "<title>1 asked in " + LABEL.format(twoAgo) + "</title>")
                .doesNotContain("<b>Ada</b>", "received in");
        assertThat(count(body, "class=\"bar ")).isEqualTo(2);
        assertThat(count(body, "<th scope=\"row\">")).isEqualTo(24);
        Matcher row = Pattern.compile("<th scope=\"row\">" + LABEL.format(twoAgo) + "</th>\\s*((?:<td>\\d+</td>\\s*)+)")
                .matcher(body);
        assertThat(row.find()).isTrue();
        assertThat(row.group(1).replaceAll("\\s", "")).startsWith("<td>2</td><td>0</td><td>0</td><td>0</td><td>1</td>");
    }

    @Test
    void yourOwnPageHasNoChartAndAnotherAccountsPersonIsNotFound() throws Exception {
        String email = "chart-" + UUID.randomUUID() + "@example.com";
        AccountId account = accounts.create(email, "Chart Owner", PASSWORD).id();
        AccountId other = accounts.create("other-" + UUID.randomUUID() + "@example.com", "Other", PASSWORD).id();
        String stranger = people.create(other, PersonChanges.named("Stranger")).id();
        SignedIn web = SignedIn.as(port, email, PASSWORD);

        assertThat(web.get("/people/self").body()).doesNotContain("/chart\"");
        assertThat(web.get("/people/" + stranger + "/chart").statusCode()).isEqualTo(404);
        assertThat(web.get("/people/self/chart").statusCode()).isEqualTo(400);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
