package app.kith.api;

import app.kith.insights.Partnership;
import app.kith.insights.RelationshipInsights;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/partnerships}: partnership (and both) relationships with stage, written case and health. */
@RestController
@RequestMapping(Api.V1 + "/partnerships")
@Tag(name = "insights")
class PartnershipsController {
    private final RelationshipInsights insights;
    private final Clock clock;

    PartnershipsController(RelationshipInsights insights, Clock clock) {
        this.insights = insights;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Partnerships by name, with stage, written case, health and setbacks of the last 12 months",
            description = "date (YYYY-MM-DD) defaults to today.")
    Page<Partnership> list(@AuthenticationPrincipal AccountId account,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                           LocalDate date,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        Page.Request request = Api.page(page, size);
        return Api.slice(insights.partnerships(account, Api.dayOr(date, clock)), request);
    }
}
