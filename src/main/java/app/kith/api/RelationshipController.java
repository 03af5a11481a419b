package app.kith.api;

import app.kith.insights.CommonGround;
import app.kith.insights.CommonGroundService;
import app.kith.insights.Health;
import app.kith.insights.RelationshipInsights;
import app.kith.insights.TrustSuggestion;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/people/{id}/health}, {@code /trust-suggestion} and {@code /common-ground}: how your
 * relationship with one person is doing and what you share. Each answers for {@code date}
 * (YYYY-MM-DD, default today). They are about your relationships with others, so {@code self} is a 400.
 */
@RestController
@RequestMapping(Api.V1 + "/people/{id}")
@Tag(name = "insights")
class RelationshipController {
    private final RelationshipInsights insights;
    private final CommonGroundService commonGround;
    private final Clock clock;

    RelationshipController(RelationshipInsights insights, CommonGroundService commonGround, Clock clock) {
        this.insights = insights;
        this.commonGround = commonGround;
        this.clock = clock;
    }

    @GetMapping("/health")
    @Operation(summary = "The relationship's health (0-100), why in words, and its reciprocity over 12 months")
    Health health(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return insights.health(account, id, Api.dayOr(date, clock));
    }

    @GetMapping("/trust-suggestion")
    @Operation(summary = "A change of trust stage the history supports; Kith never applies it by itself")
    @ApiResponse(responseCode = "200", description = "A suggestion: the current stage, the suggested one and why")
    @ApiResponse(responseCode = "204", description = "The history supports no change")
    ResponseEntity<TrustSuggestion> trustSuggestion(@AuthenticationPrincipal AccountId account,
            @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return insights.trustSuggestion(account, id, Api.dayOr(date, clock)).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/common-ground")
    @Operation(summary = "What you and this person share, best conversation openers first",
            description = "Schools, employers, communities, interests, mutual connections and people met together; "
                    + "each item says why in words.")
    CommonGround commonGround(@AuthenticationPrincipal AccountId account, @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return commonGround.between(account, PeopleService.SELF, id, Api.dayOr(date, clock));
    }
}
