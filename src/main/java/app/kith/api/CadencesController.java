package app.kith.api;

import app.kith.insights.CadenceService;
import app.kith.insights.CircleCadence;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/settings/cadences}: how often the account wants to be in touch with each circle,
 * ideally and at the most.
 */
@RestController
@RequestMapping(Api.V1 + "/settings/cadences")
@Tag(name = "settings")
class CadencesController {
    private final CadenceService cadences;

    CadencesController(CadenceService cadences) {
        this.cadences = cadences;
    }

    @GetMapping
    @Operation(summary = "Every circle with its ideal (days) and maximum interval (maximumDays), inner first"
            + " ('none' is not tracked: both null)")
    Page<CircleCadence> list(@AuthenticationPrincipal AccountId account,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        return Api.slice(cadences.cadences(account), Api.page(page, size));
    }

    @PatchMapping("/{circle}")
    @Operation(summary = "Set a circle's ideal interval (days) and/or maximum interval (maximumDays): 1-3650, or 0"
            + " to go back to Kith's default (the maximum's is twice the ideal); one left out stays")
    CircleCadence set(@AuthenticationPrincipal AccountId account, @PathVariable String circle,
                      @RequestBody CadenceRequest body) {
        body.requireOne();
        return cadences.set(account, circle, body.days(), body.maximumDays());
    }
}
