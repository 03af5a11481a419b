package app.kith.web;

import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.insights.PathService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Find a warm introduction to anyone: pick a person, see who can introduce you (as {@code kith path}). */
@Controller
class NetworkPage {
    static final int CANDIDATES = 10;

    private final DirectoryService directory;
    private final PathService paths;

    NetworkPage(DirectoryService directory, PathService paths) {
        this.directory = directory;
        this.paths = paths;
    }

    @GetMapping("/network")
    String network(@AuthenticationPrincipal AccountId account, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String to,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("nav", "network");
        model.addAttribute("q", q);
        model.addAttribute("candidates", q == null || q.isBlank() ? List.of()
                : directory.list(account, new DirectoryFilter(q, null, null, null, null, null),
                        Page.Request.of(0, CANDIDATES)).items());
        if (to != null && !to.isBlank()) {
            model.addAttribute("paths", paths.paths(account, to));
        }
        return htmx != null ? "network :: candidates" : "network";
    }
}
