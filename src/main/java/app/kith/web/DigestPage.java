package app.kith.web;

import app.kith.digest.Channel;
import app.kith.digest.ChannelAnswer;
import app.kith.digest.DigestFrequency;
import app.kith.digest.DigestSender;
import app.kith.digest.DigestService;
import app.kith.digest.DigestSettings;
import app.kith.digest.DigestSettingsChanges;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.KithException;
import app.kith.shared.Page;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Settings, digest: when the Today digest goes out and where, a test send per channel that shows the
 * server's exact answer, and the last {@value #LOG} deliveries. Also Today's first-sign-in question.
 */
@Controller
class DigestPage {
    static final int LOG = 20;
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/"))
            .sorted().toList();
    private static final List<String> DAYS = Arrays.stream(DayOfWeek.values())
            .map(d -> d.name().toLowerCase(Locale.ROOT)).toList();

    private final DigestService digests;
    private final DigestSender sender;

    DigestPage(DigestService digests, DigestSender sender) {
        this.digests = digests;
        this.sender = sender;
    }

    /** What the settings form sends; an empty webhook field keeps the one set, which is never shown whole. */
    record DigestForm(Boolean enabled, String frequency, String day, Integer hour, String zone, Boolean email,
                      String webhookUrl, Boolean removeWebhook) {
        DigestSettingsChanges changes() {
            String webhook = Boolean.TRUE.equals(removeWebhook) ? ""
                    : webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl;
            return new DigestSettingsChanges(Boolean.TRUE.equals(enabled), frequency, day, hour, zone,
                    Boolean.TRUE.equals(email), webhook);
        }
    }

    @GetMapping("/settings/digest")
    String page(@AuthenticationPrincipal AccountId account, Model model) {
        return page(account, model, null);
    }

    @PostMapping("/settings/digest")
    String save(@AuthenticationPrincipal AccountId account, DigestForm form, Model model, HttpServletResponse response) {
        try {
            digests.update(account, form.changes());
        } catch (KithException e) {
            response.setStatus(400);
            return page(account, model, e.getMessage());
        }
        return "redirect:/settings/digest?saved";
    }

    @PostMapping("/settings/digest/test")
    String test(@AuthenticationPrincipal AccountId account, @RequestParam(defaultValue = "") String channel,
                Model model, HttpServletResponse response) {
        Channel chosen;
        try {
            chosen = Choice.parse(Channel.class, "channel", channel);
        } catch (KithException e) {
            response.setStatus(400);
            return page(account, model, e.getMessage());
        }
        if (chosen == null) {
            response.setStatus(400);
            return page(account, model, "Choose a channel to test.");
        }
        ChannelAnswer answer = sender.test(account, chosen);
        model.addAttribute("testAnswer", answer);
        return page(account, model, null);
    }

    /** Today's first question: yes turns the suggested digest on (in the browser's zone), no only records the answer. */
    @PostMapping("/settings/digest/answer")
    String answer(@AuthenticationPrincipal AccountId account, @RequestParam(defaultValue = "no") String answer,
                  @RequestParam(required = false) String zone) {
        digests.answer(account, answer.equals("yes"), zone);
        return answer.equals("yes") ? "redirect:/settings/digest?saved" : "redirect:/";
    }

    private String page(AccountId account, Model model, String problem) {
        model.addAttribute("nav", "settings");
        DigestSettings settings = digests.settings(account);
        model.addAttribute("settings", settings);
        model.addAttribute("zoneId", ZoneId.of(settings.zone()));
        model.addAttribute("deliveries", digests.deliveries(account, Page.Request.of(0, LOG)).items());
        model.addAttribute("frequencies", Choices.wires(DigestFrequency.class));
        model.addAttribute("days", DAYS);
        model.addAttribute("zones", ZONES);
        model.addAttribute("problem", problem);
        return "digest/settings";
    }
}
