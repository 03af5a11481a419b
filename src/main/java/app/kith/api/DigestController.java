package app.kith.api;

import app.kith.digest.DigestContent;
import app.kith.digest.DigestSender;
import app.kith.digest.DigestService;
import app.kith.digest.SendResult;
import app.kith.shared.AccountId;
import app.kith.shared.Dates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/digest}: the Today digest as it would be sent, and sending it now. */
@RestController
@RequestMapping(Api.V1 + "/digest")
@Tag(name = "digest")
class DigestController {
    private final DigestService digests;
    private final DigestSender sender;

    DigestController(DigestService digests, DigestSender sender) {
        this.digests = digests;
        this.sender = sender;
    }

    /** The body of a send: the day (default today in the digest's zone), and whether to send again. */
    record SendRequest(String date, Boolean force) {
    }

    @GetMapping
    @Operation(summary = "The digest of a day as it would be sent (date YYYY-MM-DD, default today in the digest's zone)")
    DigestContent digest(@AuthenticationPrincipal AccountId account,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return digests.content(account, date);
    }

    @PostMapping("/send")
    @Operation(summary = "Send a day's digest now on every channel that is on; the log prevents a second send unless force")
    List<SendResult> send(@AuthenticationPrincipal AccountId account,
                          @RequestBody(required = false) SendRequest body) {
        LocalDate date = body == null || body.date() == null ? null : Dates.parse("date", body.date());
        return sender.send(account, date, body != null && Boolean.TRUE.equals(body.force()));
    }
}
