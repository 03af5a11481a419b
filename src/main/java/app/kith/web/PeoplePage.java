package app.kith.web;

import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.directory.PeopleOrder;
import app.kith.people.PeopleService;
import app.kith.people.TagService;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The people list: search as you type, filters, paging, and bulk actions (tag, set circle, delete)
 * that always show what they will do before doing it. Lists through {@link DirectoryService#list},
 * like {@code kith people list} and {@code GET /api/v1/people}.
 */
@Controller
class PeoplePage {
    static final int PAGE_SIZE = 25;

    private final DirectoryService directory;
    private final PeopleService people;
    private final TagService tags;

    PeoplePage(DirectoryService directory, PeopleService people, TagService tags) {
        this.directory = directory;
        this.people = people;
        this.tags = tags;
    }

    /** The list's query string. School and community are organizations too; the first one given filters. */
    record Query(String q, String tag, String circle, String kind, String bridge, String organization, String school,
                 String community, Boolean overdue, String sort, Integer page) {
        DirectoryFilter filter() {
            String org = Stream.of(organization, school, community).filter(s -> s != null && !s.isBlank())
                    .findFirst().orElse(null);
            return new DirectoryFilter(q, tag, circle, kind, bridge, org, overdue);
        }

        PeopleOrder order() {
            return Choice.parse(PeopleOrder.class, "sort", sort);
        }

        int pageNumber() {
            return page == null ? 0 : page;
        }
    }

    /** A bulk action on the ticked people; nothing happens until {@code confirmed} comes back true. */
    record Bulk(List<String> ids, String action, String value, Boolean confirmed) {
    }

    @GetMapping("/people")
    String list(@AuthenticationPrincipal AccountId account, Query query, Model model,
                HttpServletRequest request) {
        model.addAttribute("nav", "people");
        model.addAttribute("query", query);
        model.addAttribute("results", directory.list(account, query.filter(), query.order(),
                Page.Request.of(query.pageNumber(), PAGE_SIZE)));
        model.addAttribute("tags", tags.all(account));
        model.addAllAttributes(Choices.ALL);
        return Htmx.wantsFragment(request) ? "people/list :: results" : "people/list";
    }

    /**
     * Everyone's name and nothing else: the copy of the people list a phone keeps for when it is
     * offline (the service worker serves it for {@code /people} then), and the quick log's picker there.
     */
    @GetMapping("/people/names")
    String names(@AuthenticationPrincipal AccountId account, Model model) {
        model.addAttribute("nav", "people");
        model.addAttribute("names", people.allNames(account));
        return "people/names";
    }

    @PostMapping("/people/bulk")
    String bulk(@AuthenticationPrincipal AccountId account, Bulk bulk, Model model) {
        List<String> ids = bulk.ids() == null ? List.of() : people.resolveAll(account, bulk.ids());
        if (ids.isEmpty()) {
            throw new InvalidInputException("people", "tick at least one person first");
        }
        if (!List.of("tag", "circle", "delete").contains(bulk.action())) {
            throw new InvalidInputException("action", "choose tag, circle or delete");
        }
        if (!Boolean.TRUE.equals(bulk.confirmed())) {
            model.addAttribute("bulk", bulk);
            model.addAttribute("names", people.names(account, ids));
            model.addAttribute("nav", "people");
            return "people/bulk-confirm";
        }
        switch (bulk.action()) {
            case "tag" -> tags.tagAll(account, ids, bulk.value());
            case "circle" -> people.setCircleAll(account, ids, bulk.value());
            default -> people.deleteAll(account, ids);
        }
        return "redirect:/people?done=" + bulk.action();
    }
}
