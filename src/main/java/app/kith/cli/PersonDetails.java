package app.kith.cli;

import app.kith.directory.PersonCard;
import app.kith.directory.PersonProfile;
import app.kith.insights.CommonGroundItem;
import app.kith.organizations.Affiliation;
import app.kith.people.ContactInfo;
import app.kith.people.Person;
import app.kith.people.PostalAddress;
import app.kith.people.Relationship;
import app.kith.shared.Choice;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * {@code people show --json}: the person with the fixed keys of SPEC 4.1 at the top (from the
 * directory's card), then everything else the profile holds. Choices are written by their wire
 * names and dates as ISO text, as everywhere in Kith.
 */
record PersonDetails(
        @JsonUnwrapped PersonCard card,
        List<String> phones,
        List<String> urls,
        String linkedin,
        List<PostalAddress> addresses,
        String birthday,
        String howWeMet,
        Integer cadenceDays,
        String partnershipStage,
        String partnershipCase,
        String notes,
        List<AffiliationEntry> affiliations,
        List<PersonProfile.TimelineEntry> recentInteractions,
        List<PersonProfile.ConnectionEntry> connections,
        List<CommonGroundItem> commonGround) {

    /** An affiliation as the person page shows it. */
    record AffiliationEntry(String id, String organizationId, String organization, String organizationKind,
                            String role, String title, String start, String end, boolean current) {

        static AffiliationEntry of(Affiliation a) {
            return new AffiliationEntry(a.id(), a.organizationId(), a.organizationName(), a.organizationKind().wire(),
                    a.role().wire(), a.title(), text(a.start()), text(a.end()), a.current());
        }
    }

    static PersonDetails of(PersonCard card, PersonProfile profile, List<CommonGroundItem> common) {
        Person p = profile.person();
        Relationship r = p.relationship();
        ContactInfo c = p.contact();
        return new PersonDetails(card, c.phones(), c.urls(), c.linkedin(), c.addresses(),
                text(p.birthday()), p.howWeMet(), r.cadenceDays(), wire(r.partnershipStage()), r.partnershipCase(),
                p.notes(), profile.affiliations().stream().map(AffiliationEntry::of).toList(),
                profile.recentInteractions(), profile.connections(), common);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String wire(Choice choice) {
        return choice == null ? null : choice.wire();
    }
}
