package app.kith.web;

import app.kith.insights.NetworkOverview;
import app.kith.insights.OverviewService;
import app.kith.insights.TodayService;
import app.kith.interactions.Direction;
import app.kith.interactions.MonthTouches;
import app.kith.people.CadenceStatus;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** How the whole network is doing (issue 18): circles by health, the last twelve months, who is cooling. */
@Controller
class OverviewPage {
    static final int MONTHS = 12;

    private final OverviewService overviews;
    private final TodayService days;

    OverviewPage(OverviewService overviews, TodayService days) {
        this.overviews = overviews;
        this.days = days;
    }

    @GetMapping("/overview")
    String overview(@AuthenticationPrincipal AccountId account, Model model) {
        LocalDate today = days.day(account);
        NetworkOverview overview = overviews.overview(account, today);
        Map<Direction, Integer> balance = new EnumMap<>(Direction.class);
        for (MonthTouches m : overview.months()) {
            balance.merge(m.direction(), m.count(), Integer::sum);
        }
        model.addAttribute("nav", "today");
        model.addAttribute("overview", overview);
        model.addAttribute("bands", NetworkOverview.HealthBand.values());
        model.addAttribute("balance", balance);
        model.addAttribute("chart", TouchChart.of(overview.months(), YearMonth.from(today), MONTHS));
        model.addAttribute("legend", TouchChart.legend());
        model.addAttribute("onTrack", CadenceStatus.ON_TRACK);
        model.addAttribute("due", CadenceStatus.DUE);
        model.addAttribute("overdue", CadenceStatus.OVERDUE);
        return "overview";
    }
}
