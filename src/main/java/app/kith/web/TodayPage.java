package app.kith.web;

import app.kith.digest.DigestService;
import app.kith.insights.TodayService;
import app.kith.shared.AccountId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the insights digest for today (SPEC §5.1), as {@code kith today} and the API give it,
 * with what the emailed digest has to say: the first-sign-in question, and digests that failed.
 */
@Controller
class TodayPage {
    /** Reach-outs shown at first; the rest of the day's list opens with "Show N more". */
    static final int FIRST_REACH_OUTS = 7;

    private final TodayService today;
    private final DigestService digests;

    TodayPage(TodayService today, DigestService digests) {
        this.today = today;
        this.digests = digests;
    }

    @GetMapping("/")
    String today(@AuthenticationPrincipal AccountId account, Model model) {
        model.addAttribute("nav", "today");
        model.addAttribute("today", today.today(account));
        model.addAttribute("first", FIRST_REACH_OUTS);
        model.addAttribute("digest", digests.notices(account));
        return "today";
    }
}
