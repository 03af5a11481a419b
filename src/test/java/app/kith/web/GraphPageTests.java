package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.interactions.InteractionChanges;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The network graph (issue 18): every node a link, names escaped, a warm path drawn, zoom, and a list. */
class GraphPageTests extends SignedInPageTests {
    @Autowired
    ConnectionService connections;

    @Test
    void theGraphDrawsEveryoneAsALinkWithAListAndAWarmPathOnIt() throws Exception {
        Owner owner = newOwner("graph");
        AccountId account = owner.account();
        LocalDate today = LocalDate.now(clock);
        String ana = people.create(account, PersonChanges.builder().name("<b>Ana</b> O'Lima").circle("inner").build())
                .id();
        String ben = people.create(account, PersonChanges.builder().name("Ben Late").circle("close").build()).id();
        String tara = people.create(account, PersonChanges.named("Tara Target")).id();
        interactions.log(account, new InteractionChanges(List.of(ana), "coffee", "gave", today.minusDays(3).toString(),
                null));
        interactions.log(account, new InteractionChanges(List.of(ben), "coffee", "gave",
                today.minusDays(200).toString(), null));
        connections.connect(account, new ConnectionChanges(ana, tara, "knows", 5, null));

        SignedIn web = signIn(owner);
        String page = web.get("/graph").body();
        String withPath = web.get("/graph?to=" + tara + "&by=health&zoom=2").body();

        assertThat(web.get("/").body()).contains("href=\"/graph\"");
        assertThat(web.get("/overview").body()).contains("href=\"/graph\"");
        assertThat(page).contains("<svg id=\"graph\"", "viewBox=\"-400.0 -400.0 800.0 800.0\"")
                .contains("href=\"/people/" + ana + "\"", "href=\"/people/" + ben + "\"", "href=\"/people/" + tara + "\"")
                .contains("&lt;b&gt;Ana&lt;/b&gt; O&#39;Lima").doesNotContain("<b>Ana</b>")
                .contains("Skip the picture", "id=\"graph-list\"")
                .containsPattern("class=\"node circle-close band-\\w+ overdue\"").doesNotContain("warm-path");
        assertThat(withPath).contains("class=\"warm-path\"", "1 path to Tara Target", "on the path", "by-health",
                "viewBox=\"").contains("zoom=4").contains("aria-label=\"Zoom in\"");
        assertThat(withPath.substring(withPath.indexOf("viewBox=\""))).doesNotStartWith("viewBox=\"-400.0");
        assertThat(web.get("/graph?zoom=3&by=nonsense&focus=nobody").statusCode()).isEqualTo(200);
    }
}
