package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.interactions.InteractionChanges;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network overview (issue 18): circles by health band, twelve months of touches, who is cooling. */
class OverviewPageTests extends SignedInPageTests {

    @Test
    void theOverviewCountsCirclesByHealthAndNamesWhoIsCoolingEscaped() throws Exception {
        Owner owner = newOwner("overview");
        AccountId account = owner.account();
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

        SignedIn web = signIn(owner);
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
