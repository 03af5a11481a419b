package app.kith.api;

import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.directory.PersonCard;
import app.kith.directory.PersonProfile;
import app.kith.organizations.Affiliation;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** {@code /api/v1/people}: the people of the network. Wherever a person id goes, {@code self} works too. */
@RestController
@RequestMapping(Api.V1 + "/people")
@Tag(name = "people")
class PeopleController {
    private final DirectoryService directory;
    private final PeopleService people;
    private final OrganizationService organizations;

    PeopleController(DirectoryService directory, PeopleService people, OrganizationService organizations) {
        this.directory = directory;
        this.people = people;
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(summary = "List or search people",
            description = "q searches names, nicknames, emails, organizations, titles and tags, ignoring accents "
                    + "and case, by word prefix.")
    Page<PersonCard> list(@AuthenticationPrincipal AccountId account,
                          @RequestParam(required = false) String q,
                          @RequestParam(required = false) String tag,
                          @RequestParam(required = false) String circle,
                          @RequestParam(required = false) String kind,
                          @RequestParam(required = false) String bridge,
                          @RequestParam(required = false) String organization,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        return directory.list(account, new DirectoryFilter(q, tag, circle, kind, bridge, organization),
                Api.page(page, size));
    }

    @PostMapping
    @Operation(summary = "Add a person, with affiliations if given")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PersonProfile> create(@AuthenticationPrincipal AccountId account,
                                         @RequestBody PersonRequest body) {
        PersonCard card = directory.add(account, body.changes(), body.newAffiliations());
        return Api.created("/people/" + card.id(), directory.profile(account, card.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A person with their affiliations, recent interactions and connections")
    PersonProfile get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return directory.profile(account, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a person: null or missing fields stay as they are; affiliations given are added")
    PersonProfile update(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                         @RequestBody PersonRequest body) {
        PersonCard card = directory.edit(account, id, body.changes(), body.newAffiliations());
        return directory.profile(account, card.id());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a person (not yourself)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        people.delete(account, id);
    }

    @GetMapping("/{id}/affiliations")
    @Operation(summary = "A person's affiliations, current ones first")
    Page<Affiliation> affiliations(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        Page.Request request = Api.page(page, size);
        return Api.slice(organizations.affiliationsOf(account, id), request);
    }

    @PostMapping("/{id}/affiliations")
    @Operation(summary = "Add an affiliation to a person")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Affiliation> affiliate(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                                          @RequestBody AffiliationRequest body) {
        Affiliation created = organizations.addAffiliation(account, body.forNew(id));
        return Api.created("/affiliations/" + created.id(), created);
    }
}
