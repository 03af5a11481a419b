package app.kith.exchange;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** Everyone as vCards, 4.0 by default or 3.0 on request, through the one mapping ({@link VCards}). */
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
                VCard card = VCards.card(p, job, photos.photo(account, p.id()).orElse(null), version);
                card.setUid(new ezvcard.property.Uid("urn:kith:" + p.id()));
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
}
