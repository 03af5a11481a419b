package app.kith.api;

import app.kith.digest.Channel;
import app.kith.digest.ChannelAnswer;
import app.kith.digest.DigestSender;
import app.kith.digest.DigestService;
import app.kith.digest.DigestSettings;
import app.kith.digest.DigestSettingsChanges;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/settings/digest}: when the Today digest goes out and where, and a test send per channel. */
@RestController
@RequestMapping(Api.V1 + "/settings/digest")
@Tag(name = "settings")
class DigestSettingsController {
    private final DigestService digests;
    private final DigestSender sender;

    DigestSettingsController(DigestService digests, DigestSender sender) {
        this.digests = digests;
        this.sender = sender;
    }

    /** The body of a test send. */
    record TestRequest(String channel) {
        Channel required() {
            Channel chosen = Choice.parse(Channel.class, "channel", channel);
            if (chosen == null) {
                throw new InvalidInputException("channel", "is required: " + Choice.choices(Channel.class));
            }
            return chosen;
        }
    }

    @GetMapping
    @Operation(summary = "The digest's schedule and channels; the webhook URL is shown cut to its host")
    DigestSettings get(@AuthenticationPrincipal AccountId account) {
        return digests.settings(account);
    }

    @PutMapping
    @Operation(summary = "Change the schedule or channels; fields left out keep their value",
            description = "frequency daily|weekdays|weekly, day monday..sunday, hour 0-23, zone an IANA name, "
                    + "webhookUrl an http(s) URL ('' removes it). A bad value is a 400 and changes nothing.")
    DigestSettings put(@AuthenticationPrincipal AccountId account, @RequestBody DigestSettingsChanges body) {
        return digests.update(account, body);
    }

    @PostMapping("/test")
    @Operation(summary = "Send today's digest on a channel now, marked as a test; answers with the server's own reply")
    ChannelAnswer test(@AuthenticationPrincipal AccountId account, @RequestBody TestRequest body) {
        return sender.test(account, body.required());
    }
}
