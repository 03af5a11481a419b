package app.kith.web;

import app.kith.digest.DigestService;
import app.kith.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A digest's unsubscribe link, which works without signing in: its signed token is the key. Opening
 * it (GET) only asks; the POST, from the page's button or a mail client's one-click unsubscribe
 * (RFC 8058, which sends no CSRF token), turns the digest off.
 */
@Controller
class UnsubscribePage {
    static final String PATH = "/digest/unsubscribe/{token}";
    private final DigestService digests;

    UnsubscribePage(DigestService digests) {
        this.digests = digests;
    }

    @GetMapping(PATH)
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("email", digests.unsubscribing(token));
        } catch (NotFoundException e) {
            return invalid(model, response);
        }
        model.addAttribute("token", token);
        return "digest/unsubscribe";
    }

    @PostMapping(PATH)
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            digests.unsubscribe(token);
        } catch (NotFoundException e) {
            return invalid(model, response);
        }
        model.addAttribute("done", true);
        return "digest/unsubscribe";
    }

    private static String invalid(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        model.addAttribute("message", "This unsubscribe link is not valid or has expired. Sign in and turn the digest"
                + " off under Settings, Digest.");
        return "error-page";
    }
}
