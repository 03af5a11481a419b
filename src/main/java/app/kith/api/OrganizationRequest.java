package app.kith.api;

import app.kith.organizations.OrganizationChanges;

/**
 * The body of {@code POST /organizations} and {@code PATCH /organizations/{id}}; {@code kind} is
 * company, school or community. On PATCH null leaves a field as it is and empty text clears it.
 */
record OrganizationRequest(String name, String kind, String website, String notes) {

    OrganizationChanges changes() {
        return new OrganizationChanges(name, kind, website, notes);
    }
}
