package app.kith.api;

import app.kith.directory.NewAffiliation;
import app.kith.organizations.OrganizationKind;
import app.kith.people.PersonChanges;
import app.kith.shared.Choice;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Text;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * The body of {@code POST /people} and {@code PATCH /people/{id}}: the fields of a person. On PATCH a
 * missing or null field is left unchanged; an empty string or list clears it. {@code affiliations}
 * are added to the person's affiliations.
 */
record PersonRequest(@JsonUnwrapped PersonChanges changes, List<AffiliationInput> affiliations) {
    /** An organization the person belongs to; {@code kind} is company, school or community (company if left out). */
    record AffiliationInput(String organization, String kind, String title, String start, String end) {
    }

    List<NewAffiliation> newAffiliations() {
        if (affiliations == null) {
            return List.of();
        }
        return affiliations.stream().map(a -> {
            if (a == null || Text.clean(a.organization()) == null) {
                throw new InvalidInputException("affiliations.organization", "is required");
            }
            OrganizationKind kind = Choice.parse(OrganizationKind.class, "affiliations.kind", a.kind());
            return new NewAffiliation(a.organization(), kind == null ? OrganizationKind.COMPANY : kind, a.title(),
                    a.start(), a.end());
        }).toList();
    }
}
