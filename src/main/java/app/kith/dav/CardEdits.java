package app.kith.dav;

import app.kith.exchange.CardFields;
import app.kith.organizations.Affiliation;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.ContactKeys;
import app.kith.people.PersonChanges;
import app.kith.people.PostalAddress;
import app.kith.shared.AccountId;
import app.kith.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a card a client sent changes in Kith. Every field Kith models is set from the card, so an
 * edit or a removal on the phone is one in Kith too; a value Kith cannot keep (an email that is
 * none, a tag of symbols) is left to the card, which is served back with it. Tags change only
 * when the card has categories at all: clients that do not know them must not wipe them.
 */
final class CardEdits {
    private final ContactKeys keys;
    private final OrganizationService organizations;
    private final Clock clock;

    CardEdits(ContactKeys keys, OrganizationService organizations, Clock clock) {
        this.keys = keys;
        this.organizations = organizations;
        this.clock = clock;
    }

    PersonChanges changes(CardFields card, boolean hasCategories) {
        return PersonChanges.builder()
                .name(CardMerge.clip(CardMerge.name(card), 200))
                .nickname(Objects.requireNonNullElse(CardMerge.clip(card.nickname(), 100), ""))
                .emails(card.emails().stream().filter(e -> keys.email(e) != null).toList())
                .phones(card.phones().stream().filter(p -> keys.phone(p) != null).toList())
                .urls(card.urls().stream().filter(u -> keys.url(u) != null).toList())
                .addresses(card.addresses().stream().map(CardEdits::fitted).toList())
                .birthday(Objects.requireNonNullElse(card.birthday(), ""))
                .notes(Objects.requireNonNullElse(CardMerge.clip(card.notes(), 20000), ""))
                .tags(hasCategories ? card.tags().stream().map(t -> CardMerge.clip(t, 60))
                        .filter(t -> t != null && !Text.fold(t).isBlank()).distinct().toList() : null)
                .build();
    }

    /**
     * The card's company and title become the person's current job: a first job is added, the current
     * one is corrected, and a company removed on the phone ends the job today.
     */
    void job(AccountId account, String personId, CardFields card) {
        job(account, personId, card, organizations.currentEmployment(account, List.of(personId)).get(personId));
    }

    /** The card's company and title as the first job of a person just made, who has none to read. */
    void firstJob(AccountId account, String personId, CardFields card) {
        job(account, personId, card, null);
    }

    private void job(AccountId account, String personId, CardFields card, Affiliation current) {
        String org = CardMerge.clip(card.organization(), 200);
        String title = CardMerge.clip(card.title(), 200);
        if (org == null) {
            if (current != null) {
                organizations.updateAffiliation(account, current.id(), new AffiliationChanges(null, null, null, null,
                        null, null, null, LocalDate.now(clock).toString()));
            }
            return;
        }
        if (current == null) {
            organizations.addAffiliation(account, new AffiliationChanges(personId, null, org, "company", "works-at",
                    title, null, null));
            return;
        }
        boolean sameOrg = Text.fold(org).equals(Text.fold(current.organizationName()));
        if (sameOrg && Objects.equals(title, Text.clean(current.title()))) {
            return;
        }
        organizations.updateAffiliation(account, current.id(), new AffiliationChanges(null, null,
                sameOrg ? null : org, null, null, title == null ? "" : title, null, null));
    }

    private static PostalAddress fitted(PostalAddress a) {
        return new PostalAddress(CardMerge.clip(a.label(), 50), CardMerge.clip(a.street(), 500),
                CardMerge.clip(a.locality(), 200), CardMerge.clip(a.region(), 200), CardMerge.clip(a.postalCode(), 50),
                CardMerge.clip(a.country(), 100));
    }
}
