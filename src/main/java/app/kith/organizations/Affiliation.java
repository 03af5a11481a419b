package app.kith.organizations;

/**
 * A person's tie to an organization: role, title or degree, and when. An affiliation without an
 * end is current.
 */
public record Affiliation(String id, String personId, String organizationId, String organizationName,
                          OrganizationKind organizationKind, AffiliationRole role, String title,
                          YearOrDate start, YearOrDate end) {

    public boolean current() {
        return end == null;
    }
}
