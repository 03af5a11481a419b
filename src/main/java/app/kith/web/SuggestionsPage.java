package app.kith.web;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.sources.Suggestion;
import app.kith.sources.SuggestionService;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Suggestions: people you write to who are not in Kith yet, most mail first. Add one (a new person
 * with the address), add the address to someone you have (a page with a people picker), or ignore
 * one for good. Today shows the first few with the same buttons.
 */
@Controller
class SuggestionsPage {
    static final int PAGE = 50;

    private final SuggestionService suggestions;
    private final PeopleService people;

    SuggestionsPage(SuggestionService suggestions, PeopleService people) {
        this.suggestions = suggestions;
        this.people = people;
    }

    @GetMapping("/suggestions")
    String list(@AuthenticationPrincipal AccountId account, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("nav", "today");
        model.addAttribute("suggestions", suggestions.open(account, Page.Request.of(page, PAGE)));
        return "suggestions/list";
    }

    @PostMapping("/suggestions/{id}/accept")
    String accept(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestParam(required = false) String name, @RequestParam(defaultValue = "") String from) {
        Suggestion accepted = suggestions.accept(account, id, name);
        return back(from, "redirect:/people/" + accepted.personId());
    }

    @GetMapping("/suggestions/{id}/attach")
    String attachForm(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        model.addAttribute("nav", "today");
        model.addAttribute("suggestion", suggestions.get(account, id));
        model.addAttribute("chosen", Map.of());
        return "suggestions/attach";
    }

    @PostMapping("/suggestions/{id}/attach")
    String attach(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestParam(required = false) List<String> personId, Model model) {
        if (personId == null || personId.size() != 1) {
            model.addAttribute("nav", "today");
            model.addAttribute("suggestion", suggestions.get(account, id));
            model.addAttribute("chosen", people.names(account, personId == null ? List.of() : personId));
            model.addAttribute("problem", "Choose the one person who has this address.");
            return "suggestions/attach";
        }
        Suggestion attached = suggestions.attach(account, id, personId.getFirst());
        return "redirect:/people/" + attached.personId();
    }

    @PostMapping("/suggestions/{id}/ignore")
    String ignore(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestParam(defaultValue = "") String from) {
        suggestions.ignore(account, id);
        return back(from, "redirect:/suggestions");
    }

    /** Back to Today when the button was there, else where the action leads. */
    private static String back(String from, String otherwise) {
        return from.equals("today") ? "redirect:/" : otherwise;
    }
}
