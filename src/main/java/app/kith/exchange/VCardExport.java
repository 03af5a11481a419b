package app.kith.exchange;

import app.kith.people.PeopleService;
import app.kith.people.PostalAddress;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Organization;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Everyone as vCards, 4.0 by default or 3.0 on request. A birthday without a year is written as
 * {@code --MMDD} in 4.0 and, in 3.0 (which has no way to say it), the way Apple does: year 1604 with
 * {@code X-APPLE-OMIT-YEAR}, which Kith reads back as year-less.
 */
@Component
class VCardExport {
    private final PeopleExport people;
    private final PeopleService photos;

    VCardExport(PeopleExport people, PeopleService photos) {
        this.people = people;
        this.photos = photos;
    }

    static VCardVersion version(String text) {
        if (text == null || text.isBlank() || text.strip().equals("4.0")) {
            return VCardVersion.V4_0;
        }
        if (text.strip().equals("3.0")) {
            return VCardVersion.V3_0;
        }
        throw new InvalidInputException("version", "'" + text + "' is not 4.0 or 3.0");
    }

    void write(AccountId account, VCardVersion version, OutputStream out) {
        try (VCardWriter writer = new VCardWriter(out, version)) {
            people.each(account, (p, job) -> {
                VCard card = new VCard();
                card.setFormattedName(p.name());
                card.setUid(ezvcard.property.Uid.random());
                card.getUid().setValue("urn:kith:" + p.id());
                if (p.nickname() != null) {
                    card.setNickname(p.nickname());
                }
                p.contact().emails().forEach(card::addEmail);
                p.contact().phones().forEach(phone -> card.addTelephoneNumber(phone));
                p.contact().urls().forEach(card::addUrl);
                for (PostalAddress a : p.contact().addresses()) {
                    Address address = new Address();
                    address.setStreetAddress(a.street());
                    address.setLocality(a.locality());
                    address.setRegion(a.region());
                    address.setPostalCode(a.postalCode());
                    address.setCountry(a.country());
                    card.addAddress(address);
                }
                if (p.birthday() != null) {
                    card.setBirthday(birthday(p.birthday(), version));
                }
                if (job != null) {
                    Organization org = new Organization();
                    org.getValues().add(job.organizationName());
                    card.setOrganization(org);
                    if (job.title() != null) {
                        card.addTitle(job.title());
                    }
                }
                if (p.notes() != null) {
                    card.addNote(p.notes());
                }
                photos.photo(account, p.id()).ifPresent(photo -> card.addPhoto(new ezvcard.property.Photo(photo.bytes(),
                        ezvcard.parameter.ImageType.find(null, photo.contentType(), null))));
                if (!p.tags().isEmpty()) {
                    Categories categories = new Categories();
                    categories.getValues().addAll(p.tags());
                    card.setCategories(categories);
                }
                try {
                    writer.write(card);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Birthday birthday(app.kith.people.Birthday b, VCardVersion version) {
        if (b.year() != null) {
            return new Birthday(LocalDate.of(b.year(), b.month(), b.day()));
        }
        if (version == VCardVersion.V4_0) {
            return new Birthday(PartialDate.builder().month(b.month()).date(b.day()).build());
        }
        Birthday apple = new Birthday(LocalDate.of(1604, b.month(), b.day()));
        apple.setParameter("X-APPLE-OMIT-YEAR", "1604");
        return apple;
    }
}
