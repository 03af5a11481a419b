package app.kith.api;

import app.kith.organizations.Affiliation;
import app.kith.organizations.AffiliationRole;
import app.kith.organizations.YearOrDate;

/** A person who belongs or belonged to an organization, with how and when. */
record Member(String personId, String name, String affiliationId, AffiliationRole role, String title,
              YearOrDate start, YearOrDate end) {

    static Member of(Affiliation a, String name) {
        return new Member(a.personId(), name, a.id(), a.role(), a.title(), a.start(), a.end());
    }
}
