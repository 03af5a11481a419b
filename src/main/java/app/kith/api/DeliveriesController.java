package app.kith.api;

import app.kith.digest.Delivery;
import app.kith.digest.DigestService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/deliveries}: the digest's delivery log, newest digest first. */
@RestController
@RequestMapping(Api.V1 + "/deliveries")
@Tag(name = "digest")
class DeliveriesController {
    private final DigestService digests;

    DeliveriesController(DigestService digests) {
        this.digests = digests;
    }

    @GetMapping
    @Operation(summary = "Each digest per channel: status (sent, failed, skipped-empty), attempts, the last error, "
            + "the server's answer and when a retry is due")
    Page<Delivery> list(@AuthenticationPrincipal AccountId account, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        return digests.deliveries(account, Api.page(page, size));
    }
}
