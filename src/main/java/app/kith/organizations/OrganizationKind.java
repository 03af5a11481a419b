package app.kith.organizations;

import app.kith.shared.Choice;

/** What an organization is. */
public enum OrganizationKind implements Choice {
    COMPANY, SCHOOL, COMMUNITY
}
