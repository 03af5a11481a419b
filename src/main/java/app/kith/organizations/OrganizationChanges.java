package app.kith.organizations;

/** What to set on an organization; null leaves a field as it is, empty text clears it. */
public record OrganizationChanges(String name, String kind, String website, String notes) {
}
