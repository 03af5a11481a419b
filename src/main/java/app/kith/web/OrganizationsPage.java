package app.kith.web;

import app.kith.organizations.Affiliation;
import app.kith.organizations.Organization;
import app.kith.organizations.OrganizationKind;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Page;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Companies, schools and communities, and who belongs to each, with roles and years. */
@Controller
class OrganizationsPage {
    static final int PAGE_SIZE = 50;

    private final OrganizationService organizations;
    private final PeopleService people;

    OrganizationsPage(OrganizationService organizations, PeopleService people) {
        this.organizations = organizations;
        this.people = people;
    }

    @GetMapping("/organizations")
    String list(@AuthenticationPrincipal AccountId account, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("nav", "organizations");
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("kinds", Arrays.stream(OrganizationKind.values()).map(Choice::wire).toList());
        model.addAttribute("results", organizations.list(account, kind == null || kind.isBlank() ? null : kind, q,
                Page.Request.of(page, PAGE_SIZE)));
        return htmx != null ? "organizations/list :: results" : "organizations/list";
    }

    @GetMapping("/organizations/{id}")
    String show(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        List<Affiliation> members = organizations.members(account, id);
        model.addAttribute("nav", "organizations");
        Organization organization = organizations.get(account, id);
        model.addAttribute("organization", organization);
        model.addAttribute("website", organization.website() == null ? null : ContactLink.web(organization.website()));
        model.addAttribute("members", members);
        model.addAttribute("names", people.names(account, members.stream().map(Affiliation::personId).toList()));
        return "organizations/show";
    }
}
