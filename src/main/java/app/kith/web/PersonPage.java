package app.kith.web;

import app.kith.directory.DirectoryService;
import app.kith.directory.PersonCard;
import app.kith.directory.PersonEdit;
import app.kith.directory.PersonPageView;
import app.kith.directory.PersonProfile;
import app.kith.insights.PathService;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.KithException;
import app.kith.shared.Page;
import app.kith.sources.SourceService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One person: who they are, how to reach them, where they belong, what happened (paged), how the
 * relationship is doing and has gone (charts drawn in the page, unless {@code kith.person-charts} is
 * off) and what you share; add, edit and delete (after a confirmation page). Warm paths load after the
 * page, since finding them walks the whole network.
 */
@Controller
class PersonPage {
    static final int TIMELINE_PAGE = 20;

    private final DirectoryService directory;
    private final PeopleService people;
    private final PathService paths;
    private final OrganizationService organizations;
    private final SourceService sources;
    private final boolean charts;

    PersonPage(DirectoryService directory, PeopleService people, PathService paths,
               OrganizationService organizations, SourceService sources,
               @Value("${kith.person-charts:true}") String charts) {
        this.directory = directory;
        this.people = people;
        this.paths = paths;
        this.organizations = organizations;
        this.sources = sources;
        this.charts = switch (charts.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException("KITH_PERSON_CHARTS: '" + charts
                    + "' is neither true nor false");
        };
    }

    @GetMapping("/people/{id}")
    String show(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                @RequestParam(defaultValue = "0") int page, Model model) {
        PersonPageView view = directory.page(account, id, Page.Request.of(page, TIMELINE_PAGE), charts);
        PersonProfile profile = view.profile();
        model.addAttribute("nav", "people");
        model.addAttribute("profile", profile);
        model.addAttribute("p", profile.person());
        model.addAttribute("links", ContactLink.of(profile.person()));
        model.addAttribute("timeline", view.timeline());
        model.addAttribute("sourceLabels", view.timeline().items().stream().anyMatch(i -> i.sourceId() != null)
                ? sources.labels(account) : Map.of());
        model.addAttribute("names", view.names());
        model.addAttribute("events", view.events());
        model.addAttribute("reciprocity", view.reciprocity());
        model.addAttribute("commonGround", view.commonGround());
        if (view.history() != null) {
            model.addAttribute("chart", TouchChart.of(view.history().touches(), view.history().health()));
        }
        return "people/show";
    }

    @GetMapping("/people/{id}/paths")
    String paths(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        model.addAttribute("paths", paths.paths(account, id));
        return "people/show :: paths";
    }

    @GetMapping("/people/new")
    String addForm(Model model) {
        return form(PersonForm.blank(), null, null, model);
    }

    @PostMapping("/people")
    String add(@AuthenticationPrincipal AccountId account, PersonForm form, Model model,
               HttpServletResponse response) {
        try {
            PersonCard card = directory.add(account, form.changes(), form.newAffiliations(null));
            return "redirect:/people/" + card.id();
        } catch (KithException e) {
            response.setStatus(400);
            return form(form, null, e.getMessage(), model);
        }
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        PersonEdit editing = directory.editing(account, id);
        return form(PersonForm.of(editing), editing.person().id(), null, model);
    }

    @PostMapping("/people/{id}")
    String edit(@AuthenticationPrincipal AccountId account, @PathVariable String id, PersonForm form, Model model,
                HttpServletResponse response) {
        PersonEdit before = directory.editing(account, id);
        try {
            PersonChanges changes = form.changes();
            directory.edit(account, before.person().id(), changes, form.newAffiliations(before.organization()));
            return "redirect:/people/" + before.person().id();
        } catch (KithException e) {
            response.setStatus(400);
            return form(form, before.person().id(), e.getMessage(), model);
        }
    }

    /** Where the person works, studied or belongs, as a form sends it. */
    record AffiliationForm(String organization, String kind, String title, String start, String end) {
    }

    @PostMapping("/people/{id}/affiliations")
    String affiliate(@AuthenticationPrincipal AccountId account, @PathVariable String id, AffiliationForm form) {
        String personId = people.resolve(account, id);
        organizations.addAffiliation(account, new AffiliationChanges(personId, null, form.organization(),
                form.kind(), null, form.title(), form.start(), form.end()));
        return "redirect:/people/" + personId + "#affiliations";
    }

    @GetMapping("/people/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        String personId = people.resolve(account, id);
        model.addAttribute("nav", "people");
        model.addAttribute("id", personId);
        model.addAttribute("name", people.names(account, Set.of(personId)).get(personId));
        return "people/delete";
    }

    @PostMapping("/people/{id}/delete")
    String delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        people.delete(account, id);
        return "redirect:/people?done=delete";
    }

    /** The add (id null) or edit form, as first shown, shown again with a problem, or prefilled by a share. */
    static String form(PersonForm form, String id, String problem, Model model) {
        model.addAttribute("nav", "people");
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("problem", problem);
        model.addAllAttributes(Choices.ALL);
        return "people/form";
    }
}
