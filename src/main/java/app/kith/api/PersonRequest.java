package app.kith.api;

import app.kith.directory.NewAffiliation;
import app.kith.organizations.OrganizationKind;
import app.kith.people.PersonChanges;
import app.kith.people.PostalAddress;
import app.kith.shared.Choice;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Text;
import java.util.List;

/**
 * The body of {@code POST /people} and {@code PATCH /people/{id}}: the fields of a person. On PATCH a
 * missing or null field is left unchanged; an empty string or list clears it. {@code affiliations}
 * are added to the person's affiliations.
 */
record PersonRequest(
        String name,
        String nickname,
        List<String> emails,
        List<String> phones,
        List<String> urls,
        List<PostalAddress> addresses,
        String birthday,
        String howWeMet,
        String circle,
        Integer cadenceDays,
        String kind,
        String trust,
        String partnershipStage,
        String partnershipCase,
        String bridge,
        List<String> tags,
        String notes,
        List<AffiliationInput> affiliations) {

    /** An organization the person belongs to; {@code kind} is company, school or community (company if left out). */
    record AffiliationInput(String organization, String kind, String title, String start, String end) {
    }

    PersonChanges changes() {
        return new PersonChanges(name, nickname, emails, phones, urls, addresses, birthday, howWeMet, circle,
                cadenceDays, kind, trust, partnershipStage, partnershipCase, bridge, tags, notes);
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
