package app.kith.web;

import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.directory.PersonCard;
import app.kith.people.MergeResult;
import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.people.PersonMerger;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Duplicates and merging: the pairs {@link PersonMerger#duplicates} finds, and merging a person with
 * another one picked by search, after a side-by-side view where the user picks the surviving value
 * of each field that differs. One call to {@link PersonMerger#merge} does it all, in one transaction,
 * like {@code kith people merge}.
 */
@Controller
class MergePage {
    static final int CANDIDATES = 8;

    private final PersonMerger merger;
    private final PeopleService people;
    private final DirectoryService directory;

    MergePage(PersonMerger merger, PeopleService people, DirectoryService directory) {
        this.merger = merger;
        this.people = people;
        this.directory = directory;
    }

    @GetMapping("/people/duplicates")
    String duplicates(@AuthenticationPrincipal AccountId account, Model model) {
        model.addAttribute("nav", "duplicates");
        model.addAttribute("pairs", merger.duplicates(account));
        return "people/duplicates";
    }

    /** Who to merge into this person: a search, then the two side by side once the other is picked. */
    @GetMapping("/people/{id}/merge")
    String merge(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                 @RequestParam(required = false) String other, @RequestParam(defaultValue = "") String q,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Person keep = people.get(account, id);
        model.addAttribute("nav", "people");
        model.addAttribute("keep", keep);
        if (other == null || other.isBlank()) {
            model.addAttribute("q", q);
            model.addAttribute("candidates", candidates(account, keep.id(), q));
            return htmx != null ? "people/merge-pick :: candidates" : "people/merge-pick";
        }
        Person merged = people.get(account, other);
        model.addAttribute("other", merged);
        model.addAttribute("fields", MergeForm.compare(keep, merged));
        return "people/merge";
    }

    @PostMapping("/people/{id}/merge")
    String merge(@AuthenticationPrincipal AccountId account, @PathVariable String id, MergeForm form,
                 RedirectAttributes redirect) {
        Person keep = people.get(account, id);
        Person other = people.get(account, form.other() == null ? "" : form.other());
        MergeResult result = merger.merge(account, keep.id(), other.id(), form.chosen(other));
        redirect.addFlashAttribute("mergeConflicts", result.conflicts());
        return "redirect:/people/" + keep.id() + "?merged";
    }

    private List<PersonCard> candidates(AccountId account, String keepId, String q) {
        if (q.isBlank()) {
            return List.of();
        }
        return directory.list(account, new DirectoryFilter(q, null, null, null, null, null),
                Page.Request.of(0, CANDIDATES + 1)).items().stream()
                .filter(c -> !c.id().equals(keepId) && !c.self()).limit(CANDIDATES).toList();
    }
}
