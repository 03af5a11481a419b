package app.kith.directory;

import app.kith.organizations.OrganizationKind;

/** An affiliation given with a person as they are added or edited ("--org", "--school S:2010-2014"). */
public record NewAffiliation(String organization, OrganizationKind kind, String title, String start, String end) {
}
