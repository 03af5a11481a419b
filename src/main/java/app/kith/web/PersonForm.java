package app.kith.web;

import app.kith.directory.NewAffiliation;
import app.kith.directory.PersonEdit;
import app.kith.exchange.SharedContact;
import app.kith.organizations.OrganizationKind;
import app.kith.people.ContactInfo;
import app.kith.people.Person;
import app.kith.people.Relationship;
import app.kith.people.PersonChanges;
import java.util.Arrays;
import java.util.List;

/**
 * The add/edit person form. Lists are typed one per line (tags: separated by commas); the form binds
 * to this record and becomes a {@link PersonChanges}, never a database row.
 */
record PersonForm(String name, String nickname, String emails, String phones, String urls, String birthday,
                  String howWeMet, String circle, Integer cadenceDays, String kind, String trust, String tags,
                  String organization, String title, String notes) {

    static PersonForm blank() {
        return new PersonForm("", "", "", "", "", "", "", "network", null, "friendship", "new", "", "", "", "");
    }

    static PersonForm of(PersonEdit editing) {
        Person p = editing.person();
        Relationship r = p.relationship();
        ContactInfo c = p.contact();
        return new PersonForm(p.name(), p.nickname(), lines(c.emails()), lines(c.phones()), lines(c.urls()),
                p.birthday() == null ? "" : p.birthday().toString(), p.howWeMet(), r.circle().wire(),
                r.cadenceDays(), r.kind().wire(), r.trust().wire(), String.join(", ", p.tags()),
                editing.organization(), editing.title(), p.notes());
    }

    /** The add form as a shared contact fills it; the relationship starts as a new person's does. */
    static PersonForm of(SharedContact card) {
        PersonForm blank = blank();
        return new PersonForm(card.name(), text(card.nickname()), lines(card.emails()), lines(card.phones()),
                lines(card.urls()), text(card.birthday()), "", blank.circle(), null, blank.kind(), blank.trust(),
                String.join(", ", card.tags()), text(card.organization()), text(card.title()), text(card.notes()));
    }

    PersonChanges changes() {
        return PersonChanges.builder().name(name).nickname(text(nickname)).emails(split(emails, "\n"))
                .phones(split(phones, "\n")).urls(split(urls, "\n")).birthday(text(birthday)).howWeMet(text(howWeMet))
                .circle(circle).cadenceDays(cadenceDays == null ? 0 : cadenceDays).kind(kind).trust(trust)
                .tags(split(tags, ",")).notes(text(notes)).build();
    }

    /** The employer to add, when one is typed that the person does not already work at. */
    List<NewAffiliation> newAffiliations(String currentOrganization) {
        String org = text(organization);
        if (org.isEmpty() || org.equalsIgnoreCase(currentOrganization == null ? "" : currentOrganization.strip())) {
            return List.of();
        }
        return List.of(new NewAffiliation(org, OrganizationKind.COMPANY, text(title), null, null));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> split(String value, String separator) {
        return value == null ? List.of()
                : Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }
}
