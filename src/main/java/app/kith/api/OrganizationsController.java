package app.kith.api;

import app.kith.organizations.Affiliation;
import app.kith.organizations.Organization;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/organizations}: companies, schools and communities, and who belongs to them. */
@RestController
@RequestMapping(Api.V1 + "/organizations")
@Tag(name = "organizations")
class OrganizationsController {
    private final OrganizationService organizations;
    private final PeopleService people;

    OrganizationsController(OrganizationService organizations, PeopleService people) {
        this.organizations = organizations;
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "List organizations, by kind and name prefix")
    Page<Organization> list(@AuthenticationPrincipal AccountId account,
                            @RequestParam(required = false) String kind,
                            @RequestParam(required = false) String q,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        return organizations.list(account, kind, q, Api.page(page, size));
    }

    @PostMapping
    @Operation(summary = "Add an organization")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Organization> create(@AuthenticationPrincipal AccountId account,
                                        @RequestBody OrganizationRequest body) {
        Organization created = organizations.create(account, body.changes());
        return Api.created("/organizations/" + created.id(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organization")
    Organization get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return organizations.get(account, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an organization: null or missing fields stay as they are")
    Organization update(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                        @RequestBody OrganizationRequest body) {
        return organizations.update(account, id, body.changes());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an organization and the affiliations with it")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        organizations.delete(account, id);
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "People who belong or belonged to the organization, most recent first")
    Page<Member> members(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        Page<Affiliation> affiliations = Api.slice(organizations.members(account, id), Api.page(page, size));
        Map<String, String> names = people.names(account,
                affiliations.items().stream().map(Affiliation::personId).toList());
        return affiliations.map(a -> Member.of(a, names.get(a.personId())));
    }
}
