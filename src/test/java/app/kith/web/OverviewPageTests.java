package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The network overview (issue 18): circles by health band, twelve months of touches, who is cooling. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OverviewPageTests {
    private static final Path DATA = TestDatabases.tempDir();
    private static final String PASSWORD = "a long enough password";

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
    void theOverviewCountsCirclesByHealthAndNamesWhoIsCoolingEscaped() throws Exception {
        String email = "overview-" + UUID.randomUUID() + "@example.com";
        AccountId account = accounts.create(email, "Overview Owner", PASSWORD).id();
        LocalDate today = LocalDate.now(clock);
        String warm = people.create(account, PersonChanges.builder().name("Warm Friend").circle("inner").build()).id();
        String cooling = people.create(account, PersonChanges.builder().name("<i>Cooling</i> O'Hara").circle("close")
                .build()).id();
        people.create(account, PersonChanges.named("Not Tracked"));
        log(account, warm, today.minusDays(2));
        for (int i = 0; i < 4; i++) {
            log(account, cooling, today.minusMonths(14 + i));
        }
        log(account, cooling, today.minusMonths(5));

        SignedIn web = SignedIn.as(port, email, PASSWORD);
        String page = web.get("/overview").body();

        assertThat(web.get("/").body()).contains("href=\"/overview\"");
        assertThat(page).contains("2 people you keep in touch with")
                .contains("&lt;i&gt;Cooling&lt;/i&gt; O&#39;Hara").doesNotContain("<i>Cooling</i>")
                .contains("1 touches in the last twelve months, 4 in the twelve before")
                .contains("gave: 2", "<svg");
        String inner = page.substring(page.indexOf("<th scope=\"row\">inner</th>"));
        assertThat(inner.substring(0, inner.indexOf("</tr>")).replaceAll("\\s", ""))
                .isEqualTo("<thscope=\"row\">inner</th><td>1</td><td>0</td><td>0</td><td>0</td>");
    }

    private void log(AccountId account, String person, LocalDate day) {
        interactions.log(account, new InteractionChanges(List.of(person), "coffee", "gave", day.toString(), null));
    }
}
