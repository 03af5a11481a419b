package app.kith.api;

import app.kith.organizations.Affiliation;
import app.kith.organizations.OrganizationService;
import app.kith.shared.AccountId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/affiliations/{id}}: one affiliation; they are created under their person. */
@RestController
@RequestMapping(Api.V1 + "/affiliations")
@Tag(name = "affiliations")
class AffiliationsController {
    private final OrganizationService organizations;

    AffiliationsController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One affiliation")
    Affiliation get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return organizations.affiliation(account, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an affiliation: null or missing fields stay as they are")
    Affiliation update(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                       @RequestBody AffiliationRequest body) {
        return organizations.updateAffiliation(account, id, body.changes(null));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an affiliation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        organizations.deleteAffiliation(account, id);
    }
}
