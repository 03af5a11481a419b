package app.kith.web;

import app.kith.insights.TodayService;
import app.kith.shared.AccountId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the insights digest for today (SPEC §5.1), as {@code kith today} and the API give it. */
@Controller
class TodayPage {
    private final TodayService today;

    TodayPage(TodayService today) {
        this.today = today;
    }

    @GetMapping("/")
    String today(@AuthenticationPrincipal AccountId account, Model model) {
        model.addAttribute("nav", "today");
        model.addAttribute("today", today.today(account));
        return "today";
    }
}
