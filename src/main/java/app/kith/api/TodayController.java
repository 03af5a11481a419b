package app.kith.api;

import app.kith.insights.Today;
import app.kith.insights.TodayService;
import app.kith.shared.AccountId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/today}: the daily digest (SPEC §5.1), for today or any day asked about. */
@RestController
@RequestMapping(Api.V1 + "/today")
@Tag(name = "insights")
class TodayController {
    private final TodayService today;

    TodayController(TodayService today) {
        this.today = today;
    }

    @GetMapping
    @Operation(summary = "The daily digest: prep, reachOut, upcoming, noteCards and bridges",
            description = "date (YYYY-MM-DD) defaults to today in the account's zone; the same data and date always"
                    + " give the same digest, except that today's meeting prep (prep) looks 48 hours ahead from now.")
    Today today(@AuthenticationPrincipal AccountId account,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return date == null ? today.today(account) : today.today(account, date);
    }
}
