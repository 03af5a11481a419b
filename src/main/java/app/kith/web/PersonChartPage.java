package app.kith.web;

import app.kith.insights.HealthHistory;
import app.kith.insights.RelationshipInsights;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The picture of a relationship on the person page: touches a month by direction and health over the
 * last two years. Loaded after the page (it reads 24 months of history), so the page itself is no
 * slower for it.
 */
@Controller
class PersonChartPage {
    static final int MONTHS = 24;

    private final PeopleService people;
    private final RelationshipInsights insights;
    private final InteractionService interactions;
    private final Clock clock;

    PersonChartPage(PeopleService people, RelationshipInsights insights, InteractionService interactions, Clock clock) {
        this.people = people;
        this.insights = insights;
        this.interactions = interactions;
        this.clock = clock;
    }

    @GetMapping("/people/{id}/chart")
    String chart(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        String person = people.resolve(account, id);
        LocalDate today = LocalDate.now(clock);
        HealthHistory health = insights.healthHistory(account, person, MONTHS, today);
        model.addAttribute("chart", TouchChart.of(interactions.months(account, person, today.minusMonths(MONTHS - 1)),
                health));
        model.addAttribute("legend", TouchChart.legend());
        return "people/chart :: chart";
    }
}
