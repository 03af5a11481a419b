package app.kith.organizations;

import app.kith.shared.Choice;

/** How a person belongs to an organization. */
public enum AffiliationRole implements Choice {
    WORKS_AT, STUDIED_AT, MEMBER_OF;

    /** The role that fits an organization of this kind when none is given. */
    static AffiliationRole typicalFor(OrganizationKind kind) {
        return switch (kind) {
            case COMPANY -> WORKS_AT;
            case SCHOOL -> STUDIED_AT;
            case COMMUNITY -> MEMBER_OF;
        };
    }
}
