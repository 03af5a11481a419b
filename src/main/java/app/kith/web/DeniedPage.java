package app.kith.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What a browser sees when a request is refused, usually a form whose CSRF token is missing or from
 * an ended session: a page that says what to do, still with status 403.
 */
@Controller
class DeniedPage {
    static final String PATH = "/denied";

    @RequestMapping(PATH)
    String denied(Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("message", "That request was refused. If you were signed out meanwhile, "
                + "reload the page, sign in and try again.");
        return "error-page";
    }
}
