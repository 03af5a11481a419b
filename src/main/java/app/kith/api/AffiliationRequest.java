package app.kith.api;

import app.kith.organizations.AffiliationChanges;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Text;

/**
 * The body of {@code POST /people/{id}/affiliations} and {@code PATCH /affiliations/{id}}. The
 * organization is named by {@code organizationId}, or by {@code organization} (a name, created with
 * {@code organizationKind} when the account has none of that name). On PATCH null leaves a field as it is.
 */
record AffiliationRequest(String organizationId, String organization, String organizationKind, String role,
                          String title, String start, String end) {

    AffiliationChanges forNew(String personId) {
        if (organizationId == null && Text.clean(organization) == null) {
            throw new InvalidInputException("organization", "name the organization, or give organizationId");
        }
        return changes(personId);
    }

    AffiliationChanges changes(String personId) {
        return new AffiliationChanges(personId, organizationId, organization, organizationKind, role, title, start,
                end);
    }
}
