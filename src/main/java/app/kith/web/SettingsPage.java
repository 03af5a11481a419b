package app.kith.web;

import app.kith.accounts.Account;
import app.kith.accounts.AccountService;
import app.kith.accounts.NewApiToken;
import app.kith.accounts.TokenService;
import app.kith.calendar.CalendarFeed;
import app.kith.dav.DavAddresses;
import app.kith.insights.CadenceService;
import app.kith.shared.AccountId;
import app.kith.shared.BaseUrl;
import app.kith.shared.KithException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings: your own profile (the self person's page), circle cadences, phone and desktop sync (the
 * DAV addresses and app passwords), API tokens, the calendar feed address, password, and deleting the account. A new password ends every other session of the account; deleting the
 * account ends all of them.
 */
@Controller
class SettingsPage {
    private final AccountService accounts;
    private final TokenService tokens;
    private final CadenceService cadences;
    private final Sessions sessions;
    private final CalendarFeed feed;
    private final BaseUrl baseUrl;

    SettingsPage(AccountService accounts, TokenService tokens, CadenceService cadences, Sessions sessions,
                 CalendarFeed feed, BaseUrl baseUrl) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.cadences = cadences;
        this.sessions = sessions;
        this.feed = feed;
        this.baseUrl = baseUrl;
    }

    /** What the password form sends. */
    record PasswordChange(String currentPassword, String newPassword, boolean revokeTokens) {
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal AccountId account, Model model) {
        return page(account, model);
    }

    @PostMapping("/settings/cadences")
    String cadence(@AuthenticationPrincipal AccountId account, @RequestParam String circle,
                   @RequestParam(required = false) Integer days, @RequestParam(required = false) Integer maximumDays) {
        // An empty field is Kith's default, as the form says.
        cadences.set(account, circle, days == null ? 0 : days, maximumDays == null ? 0 : maximumDays);
        return "redirect:/settings?saved#cadences";
    }

    @PostMapping("/settings/tokens")
    String createToken(@AuthenticationPrincipal AccountId account, @RequestParam(defaultValue = "") String name,
                       Model model) {
        NewApiToken created = tokens.create(account, name.isBlank() ? "web" : name);
        model.addAttribute("newToken", created);
        return page(account, model);
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        tokens.revoke(account, id);
        return "redirect:/settings?revoked#tokens";
    }

    /**
     * An app password for a phone or desktop app (an API token by another name), shown once in the
     * sync section with the addresses to type next to it.
     */
    @PostMapping("/settings/app-passwords")
    String createAppPassword(@AuthenticationPrincipal AccountId account,
                             @RequestParam(defaultValue = "") String name, Model model) {
        model.addAttribute("newAppPassword", tokens.create(account, name.isBlank() ? "phone" : name));
        return page(account, model);
    }

    /** A new calendar feed address, shown once; the previous address stops working at once. */
    @PostMapping("/settings/calendar-feed")
    String rotateFeed(@AuthenticationPrincipal AccountId account, Model model) {
        String secret = feed.rotate(account);
        model.addAttribute("newFeed", baseUrl.of("/calendar/" + secret + ".ics"));
        return page(account, model);
    }

    @PostMapping("/settings/calendar-feed/off")
    String feedOff(@AuthenticationPrincipal AccountId account) {
        feed.revoke(account);
        return "redirect:/settings?feedOff#feed";
    }

    @PostMapping("/settings/password")
    String password(@AuthenticationPrincipal AccountId account, PasswordChange change, HttpServletRequest request,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            accounts.changePassword(account, change.currentPassword(), change.newPassword());
        } catch (KithException e) {
            response.setStatus(400);
            model.addAttribute("passwordProblem", e.getMessage());
            return page(account, model);
        }
        HttpSession current = request.getSession(false);
        sessions.endAllOf(account, current == null ? null : current.getId());
        if (change.revokeTokens()) {
            redirect.addFlashAttribute("tokensRevoked", tokens.revokeAll(account));
        }
        return "redirect:/settings?passwordChanged";
    }

    @GetMapping("/settings/delete")
    String confirmDelete(@AuthenticationPrincipal AccountId account, Model model) {
        model.addAttribute("email", accounts.get(account).email());
        return "settings/delete";
    }

    /** Deletes the account after checking its password, then signs out everywhere. */
    @PostMapping("/settings/delete")
    String delete(@AuthenticationPrincipal AccountId account, @RequestParam(defaultValue = "") String password,
                  HttpServletRequest request, Model model, HttpServletResponse response) {
        Account me = accounts.get(account);
        if (!accounts.passwordMatches(account, password)) {
            response.setStatus(400);
            model.addAttribute("email", me.email());
            model.addAttribute("problem", "That is not your password; nothing was deleted.");
            return "settings/delete";
        }
        accounts.delete(account);
        sessions.endAllOf(account, null);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/login?deleted";
    }

    private String page(AccountId account, Model model) {
        Account me = accounts.get(account);
        model.addAttribute("nav", "settings");
        model.addAttribute("me", me);
        model.addAttribute("cadences", cadences.cadences(account));
        model.addAttribute("tokens", tokens.list(account));
        model.addAttribute("feedSince", feed.since(account).orElse(null));
        model.addAttribute("dav", DavAddresses.of(baseUrl, me.email()));
        return "settings/settings";
    }
}
