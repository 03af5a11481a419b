package app.kith.api;

import app.kith.insights.Bridge;
import app.kith.insights.BridgeChanges;
import app.kith.insights.BridgeService;
import app.kith.shared.AccountId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/people/{id}/bridge}: repairing a burned bridge. Each transition of the service's
 * state machine is its own action, because each needs different facts: {@code strain} (what
 * happened, a cooling-off date; from any status), {@code repair} (a first step and when by; only
 * from strained or repairing), {@code restore} (only from repairing). A transition the current
 * status does not allow is a 409.
 */
@RestController
@RequestMapping(Api.V1 + "/people/{id}/bridge")
@Tag(name = "bridges")
class BridgeController {
    private final BridgeService bridges;

    BridgeController(BridgeService bridges) {
        this.bridges = bridges;
    }

    @GetMapping
    @Operation(summary = "The relationship's bridge status and repair plan")
    Bridge get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return bridges.bridge(account, id);
    }

    @PostMapping("/strain")
    @Operation(summary = "Mark the relationship strained: whatHappened and coolingOffUntil are required",
            description = "Strained people leave reachOut; Today offers the first step when cooling-off ends.")
    Bridge strain(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestBody BridgeChanges body) {
        return bridges.strain(account, id, body);
    }

    @PostMapping("/repair")
    @Operation(summary = "Start or update the repair: firstStep and firstStepBy are required")
    @ApiResponse(responseCode = "409", description = "The relationship is not strained or being repaired")
    Bridge repair(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestBody BridgeChanges body) {
        return bridges.repair(account, id, body);
    }

    @PostMapping("/restore")
    @Operation(summary = "The repair worked: the relationship is restored and back on its cadence")
    @ApiResponse(responseCode = "409", description = "The relationship is not being repaired")
    Bridge restore(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return bridges.restore(account, id);
    }
}
