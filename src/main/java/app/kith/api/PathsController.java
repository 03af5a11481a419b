package app.kith.api;

import app.kith.insights.PathService;
import app.kith.insights.Paths;
import app.kith.shared.AccountId;
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

/** {@code /api/v1/paths?to=ID}: warm introduction paths from you to a person. */
@RestController
@RequestMapping(Api.V1 + "/paths")
@Tag(name = "insights")
class PathsController {
    private final PathService paths;
    private final Clock clock;

    PathsController(PathService paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The best three warm introduction paths to a person, each hop saying why",
            description = "A person nobody you know is connected to is a 200 with reachable false and a message, "
                    + "not an error. date (YYYY-MM-DD) defaults to today.")
    Paths paths(@AuthenticationPrincipal AccountId account, @RequestParam String to,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return paths.paths(account, to, Api.dayOr(date, clock));
    }
}
