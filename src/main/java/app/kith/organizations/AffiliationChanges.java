package app.kith.organizations;

/**
 * A new affiliation, or what to change on one. {@code organization} names an organization (created
 * when the account has none of that name and kind) unless {@code organizationId} is given.
 */
public record AffiliationChanges(String personId, String organizationId, String organization, String organizationKind,
                                 String role, String title, String start, String end) {
}
