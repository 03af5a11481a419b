package app.kith.organizations;

/** A company, school or community, with how many people of the network belong to it. */
public record Organization(String id, String name, OrganizationKind kind, String website, String notes, long members) {
}
