package app.kith.dav;

import app.kith.exchange.CardFields;
import app.kith.exchange.VCards;
import app.kith.organizations.Affiliation;
import app.kith.organizations.OrganizationService;
import app.kith.people.ContactKeys;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.people.Person;
import app.kith.people.Photo;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.KithException;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Uid;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The account's address book: one card per person, named and identified as the client that wrote
 * it chose (people made in Kith are named by their id), served as vCard 3.0 or 4.0 through the one
 * vCard mapping ({@link VCards}) laid over what the client sent ({@link CardMerge}).
 */
@Service
class AddressBook {
    /** The largest card taken: room for a photo Kith keeps (512 KB, Base64) and then some; larger is 413. */
    static final int MAX_CARD_BYTES = 1024 * 1024;
    /** The most content lines a card may have. */
    static final int MAX_LINES = 10_000;

    private final Cards cards;
    private final CardChanges changes;
    private final PeopleService people;
    private final OrganizationService organizations;
    private final CardMerge merge;
    private final CardEdits edits;
    private final TransactionTemplate writing;

    AddressBook(Cards cards, CardChanges changes, PeopleService people, OrganizationService organizations,
                ContactKeys keys, Clock clock, PlatformTransactionManager transactions) {
        this.cards = cards;
        this.changes = changes;
        this.writing = new TransactionTemplate(transactions);
        this.people = people;
        this.organizations = organizations;
        this.merge = new CardMerge(keys);
        this.edits = new CardEdits(keys, organizations, clock);
    }

    /** The address book's change number: its CTag and sync token. */
    long version(AccountId account) {
        return cards.current(account);
    }

    /** The address book's change number and the oldest it still answers a sync token of, read together. */
    Cards.Counter counter(AccountId account) {
        return cards.counter(account);
    }

    Optional<CardRow> find(AccountId account, String href) {
        return cards.byHref(account, href);
    }

    /** Every card's name and ETag, streamed. */
    void each(AccountId account, Consumer<CardRow> each) {
        cards.each(account, each);
    }

    /** Cards changed after {@code since} up to {@code until}, tombstones included, streamed. */
    void changes(AccountId account, long since, long until, Consumer<CardRow> each) {
        cards.changes(account, since, until, each);
    }

    List<CardRow> byHrefs(AccountId account, List<String> hrefs) {
        return cards.byHrefs(account, hrefs);
    }

    /** The cards as served in this version, a few statements for the lot (one per photo). */
    void render(AccountId account, List<CardRow> rows, VCardVersion version, BiConsumer<CardRow, String> each) {
        List<String> ids = rows.stream().map(CardRow::personId).toList();
        Map<String, Person> byId = new HashMap<>();
        people.getAll(account, ids).forEach(p -> byId.put(p.id(), p));
        Map<String, Affiliation> jobs = organizations.currentEmployment(account, ids);
        Set<String> withPhotos = people.withPhotos(account, ids);
        for (CardRow row : rows) {
            Person person = byId.get(row.personId());
            if (person == null) {
                continue;
            }
            Photo photo = withPhotos.contains(person.id()) ? people.photo(account, person.id()).orElse(null) : null;
            VCard card = merge.served(person, jobs.get(person.id()), photo, row.card() == null ? null : parse(row.card()),
                    version);
            card.setUid(new Uid(row.uid()));
            each.accept(row, write(card, version));
        }
    }

    String render(AccountId account, CardRow row, VCardVersion version) {
        String[] text = new String[1];
        render(account, List.of(row), version, (r, t) -> text[0] = t);
        if (text[0] == null) {
            throw new DavException(404, "This card is gone.");
        }
        return text[0];
    }

    /** What a PUT did: the card's name and its new ETag, and whether it made a new person. */
    record Stored(String href, String etag, boolean created) {
    }

    /**
     * Stores a card a client sent: a new name makes a new person, a known one changes its person.
     * {@code If-Match} and {@code If-None-Match} are checked against the card's ETag first (412). The
     * card is read and checked before the transaction, which holds SQLite's one write turn, begins.
     * The card's ETag is known once the transaction has committed ({@link CardChanges}).
     */
    Stored put(AccountId account, String href, byte[] body, String ifMatch, String ifNoneMatch) {
        Sent sent;
        try {
            sent = Sent.of(parseSent(body), edits);
        } catch (InvalidInputException e) {
            throw new DavException(400, Xml.Name.card("valid-address-data"), "The card cannot be kept: " + e.getMessage());
        }
        Storing storing = writing.execute(status -> {
            Storing stored = store(account, href, sent, ifMatch, ifNoneMatch);
            if (!status.isNewTransaction()) {
                // Within a caller's transaction, which commits later: the ETag is needed now.
                changes.moveNow();
            }
            return stored;
        });
        return new Stored(href, Etags.of(storing.claim().seq()), storing.created());
    }

    /** A PUT's card, claimed in its transaction, and whether it made a new person. */
    private record Storing(CardChanges.Claim claim, boolean created) {
    }

    /**
     * A card as a client sent it, read and checked, with what it changes in Kith and, when it has its
     * UID, the text kept of it.
     */
    private record Sent(VCard card, String uid, CardFields fields, PersonChanges changes, String text) {
        static Sent of(VCard card, CardEdits edits) {
            String uid = card.getUid() == null || card.getUid().getValue() == null || card.getUid().getValue().isBlank()
                    ? null : card.getUid().getValue().strip();
            if (uid != null && uid.length() > 500) {
                throw new DavException(400, Xml.Name.card("valid-address-data"),
                        "The card's UID is longer than 500 characters.");
            }
            CardFields fields = VCards.read(card);
            VCard kept = new VCard(card);
            if (fields.photo() != null) {
                // Kith keeps the photo it took; the card keeps where and how the client wrote it.
                kept.getPhotos().stream().filter(p -> p.getData() != null && Arrays.equals(p.getData(),
                        fields.photo().bytes())).findFirst().ifPresent(p -> CardMerge.holdPlace(kept, p));
            }
            // Kept as 3.0 or 4.0: 2.1's quoted-printable does not survive being written and read again.
            kept.setVersion(card.getVersion() == VCardVersion.V4_0 ? VCardVersion.V4_0 : VCardVersion.V3_0);
            String text = null;
            if (uid != null) {
                kept.setUid(new Uid(uid));
                text = write(kept, kept.getVersion());
            }
            return new Sent(kept, uid, fields, edits.changes(fields, !card.getCategoriesList().isEmpty()), text);
        }
    }

    private Storing store(AccountId account, String href, Sent sent, String ifMatch, String ifNoneMatch) {
        Optional<CardRow> existing = cards.byHref(account, href);
        if (!Etags.allows(ifMatch, ifNoneMatch, existing.map(CardRow::etag).orElse(null))) {
            throw new DavException(412, existing.isPresent()
                    ? "The card changed since you last read it (or it exists already); read it again."
                    : "There is no such card to change.");
        }
        String uid = sent.uid();
        Optional<CardRow> sameUid = uid == null ? Optional.empty() : cards.byUid(account, uid);
        if (sameUid.isPresent() && (existing.isEmpty() || !sameUid.get().personId().equals(existing.get().personId()))) {
            throw new DavException(409, Xml.Name.card("no-uid-conflict"),
                    "Another card of this address book (" + sameUid.get().href() + ") has the UID " + uid + ".");
        }
        String personId;
        try {
            if (existing.isPresent()) {
                personId = people.change(account, existing.get().personId(), sent.changes());
                edits.job(account, personId, sent.fields());
            } else {
                personId = people.add(account, sent.changes());
                edits.firstJob(account, personId, sent.fields());
            }
        } catch (InvalidInputException e) {
            throw new DavException(400, Xml.Name.card("valid-address-data"), "The card cannot be kept: " + e.getMessage());
        }
        if (existing.isPresent() || sent.fields().photo() != null) {
            photo(account, personId, sent.fields().photo());
        }
        String keptUid = uid != null ? uid : existing.map(CardRow::uid).orElse(personId);
        String text = sent.text();
        if (text == null) {
            VCard kept = sent.card();
            kept.setUid(new Uid(keptUid));
            text = write(kept, kept.getVersion());
        }
        cards.dropTombstone(account, href);
        return new Storing(changes.claim(account, personId, href, keptUid, text), existing.isEmpty());
    }

    private void photo(AccountId account, String personId, Photo photo) {
        try {
            if (photo != null) {
                people.setPhoto(account, personId, photo);
            } else {
                people.removePhoto(account, personId);
            }
        } catch (KithException e) {
            throw new DavException(400, Xml.Name.card("valid-address-data"), "The card cannot be kept: " + e.getMessage());
        }
    }

    /** Deletes the card's person, as a delete in Kith does; yourself cannot be deleted (403). */
    @Transactional
    void delete(AccountId account, String href, String ifMatch) {
        CardRow row = cards.byHref(account, href).orElseThrow(() -> new DavException(404, "There is no such card."));
        if (!Etags.allows(ifMatch, null, row.etag())) {
            throw new DavException(412, "The card changed since you last read it; read it again.");
        }
        if (row.personId().equals(people.selfId(account))) {
            throw new DavException(403, "This card is you: it cannot be deleted (delete the account in Kith instead).");
        }
        people.delete(account, row.personId());
    }

    /** The one card of a body a client sent; anything else is a 400 naming what is wrong. */
    private static VCard parseSent(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.lines().limit(MAX_LINES + 1).count() > MAX_LINES) {
            throw new DavException(400, Xml.Name.card("valid-address-data"),
                    "The card has more than " + MAX_LINES + " lines.");
        }
        List<VCard> read;
        try (VCardReader reader = new VCardReader(text)) {
            reader.setDefaultQuotedPrintableCharset(StandardCharsets.UTF_8);
            read = reader.readAll();
        } catch (IOException | RuntimeException e) {
            throw new DavException(400, Xml.Name.card("valid-address-data"), "The body is not a vCard.");
        }
        if (read.size() != 1) {
            throw new DavException(400, Xml.Name.card("valid-address-data"), read.isEmpty()
                    ? "The body is not a vCard (no BEGIN:VCARD ... END:VCARD)."
                    : "The body holds " + read.size() + " vCards; an address book resource holds one.");
        }
        return read.getFirst();
    }

    static VCard parse(String stored) {
        try (VCardReader reader = new VCardReader(stored)) {
            reader.setDefaultQuotedPrintableCharset(StandardCharsets.UTF_8);
            VCard card = reader.readNext();
            if (card == null) {
                throw new IllegalStateException("a stored card cannot be read");
            }
            return card;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(VCard card, VCardVersion version) {
        StringWriter out = new StringWriter();
        try (VCardWriter writer = new VCardWriter(out, version == null ? VCardVersion.V3_0 : version)) {
            writer.setAddProdId(false);
            writer.setVersionStrict(false);
            writer.write(card);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
