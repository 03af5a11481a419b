package app.kith.dav;

import app.kith.exchange.CardFields;
import app.kith.exchange.VCards;
import app.kith.organizations.Affiliation;
import app.kith.people.ContactKeys;
import app.kith.people.Person;
import app.kith.people.Photo;
import app.kith.people.PostalAddress;
import app.kith.shared.Text;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.ImageType;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Nickname;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's card as served: Kith's fields laid over the card the client last sent. Whatever Kith
 * holds as the client wrote it is served exactly as the client wrote it (its group, TYPE labels,
 * {@code X-ABLabel}, its spelling of a phone number); what changed in Kith replaces the client's
 * property of that kind; everything Kith does not model (IMPP, X-SOCIALPROFILE, RELATED, unknown
 * X- properties and parameters) passes through untouched. A property removed in Kith takes the
 * other members of its {@code itemN.} group (its label) with it.
 */
final class CardMerge {
    /** Where the client's photo stood in the card it sent, with its parameters, while Kith keeps its bytes. */
    private static final String PHOTO_PLACE = "X-KITH-PHOTO";

    /** What a card that names nobody is called in Kith, which needs a name. */
    static final String UNNAMED = "Unnamed contact";

    private final ContactKeys keys;

    CardMerge(ContactKeys keys) {
        this.keys = keys;
    }

    /** The name Kith gives a card: its own, else its first phone, else {@link #UNNAMED}. */
    static String name(CardFields fields) {
        if (fields.name() != null) {
            return fields.name();
        }
        return fields.phones().isEmpty() ? UNNAMED : fields.phones().getFirst().strip();
    }

    VCard served(Person p, Affiliation job, Photo photo, VCard sent, VCardVersion version) {
        if (sent == null) {
            return VCards.card(p, job, photo, version);
        }
        VCard out = new VCard(sent);
        CardFields was = VCards.read(sent);
        Set<String> groupsLeft = new HashSet<>();
        if (!p.name().equals(clip(name(was), 200))) {
            out.setFormattedName(p.name());
            out.setStructuredName(VCards.structuredName(p.name()));
        }
        if (!Objects.equals(p.nickname(), was.nickname())) {
            out.removeProperties(Nickname.class);
            if (p.nickname() != null) {
                out.setNickname(p.nickname());
            }
        }
        reconcile(out, out.getEmails(), p.contact().emails(), e -> keys.email(e.getValue()), keys::email, Email::new,
                groupsLeft);
        reconcile(out, out.getTelephoneNumbers(), p.contact().phones(), t -> keys.phone(VCards.number(t)),
                keys::phone, Telephone::new, groupsLeft);
        reconcile(out, out.getUrls(), p.contact().urls(), u -> keys.url(u.getValue()), keys::url, Url::new,
                groupsLeft);
        List<String> addresses = p.contact().addresses().stream().map(CardMerge::key).toList();
        List<Address> sentAddresses = out.getAddresses();
        reconcile(out, sentAddresses, addresses, a -> key(VCards.address(sent, a)), Function.identity(),
                k -> VCards.address(p.contact().addresses().get(addresses.indexOf(k))), groupsLeft);
        String birthday = p.birthday() == null ? null : p.birthday().toString();
        if (!Objects.equals(birthday, was.birthday())) {
            out.setBirthday(p.birthday() == null ? null : VCards.birthday(p.birthday(), version));
        }
        job(out, job, was);
        if (!Objects.equals(lines(p.notes()), lines(was.notes()))) {
            out.removeProperties(Note.class);
            if (p.notes() != null) {
                out.addNote(p.notes());
            }
        }
        if (!folded(p.tags()).equals(folded(was.tags()))) {
            List<String> system = out.getCategoriesList().stream().flatMap(c -> c.getValues().stream())
                    .filter(c -> c != null && VCards.systemGroup(c)).toList();
            out.removeProperties(Categories.class);
            List<String> all = new ArrayList<>(system);
            all.addAll(p.tags());
            if (!all.isEmpty()) {
                out.setCategories(VCards.categories(all));
            }
        }
        List<RawProperty> places = out.getExtendedProperties(PHOTO_PLACE);
        if (photo != null) {
            ezvcard.property.Photo served = VCards.photo(photo);
            RawProperty place = places.isEmpty() ? null : places.getFirst();
            if (place != null && digest(photo.bytes()).equals(place.getValue())) {
                String type = place.getParameter(VCardParameters.TYPE);
                VCardParameters parameters = new VCardParameters(place.getParameters());
                parameters.removeAll(VCardParameters.TYPE);
                served = new ezvcard.property.Photo(photo.bytes(), type == null ? null : ImageType.get(type, null, null));
                served.setParameters(parameters);
                served.setGroup(place.getGroup());
            }
            out.getPhotos().add(0, served);
        }
        List.copyOf(places).forEach(out::removeProperty);
        dropOrphanLabels(out, groupsLeft);
        return out;
    }

    /**
     * Swaps a photo Kith keeps for a note of its place: its group and parameters, and the digest of its
     * bytes, so the photo is served back as it came while Kith's photo is still that one.
     */
    static void holdPlace(VCard card, ezvcard.property.Photo photo) {
        RawProperty place = new RawProperty(PHOTO_PLACE, digest(photo.getData()));
        place.setParameters(new VCardParameters(photo.getParameters()));
        if (photo.getContentType() != null) {
            place.setParameter(VCardParameters.TYPE, photo.getContentType().getValue());
        }
        place.setGroup(photo.getGroup());
        card.removeProperty(photo);
        card.addProperty(place);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void job(VCard out, Affiliation job, CardFields was) {
        String org = job == null ? null : job.organizationName();
        String title = job == null ? null : job.title();
        if (!Text.fold(org).equals(Text.fold(was.organization()))) {
            out.setOrganization(org == null ? null : VCards.organization(org));
        }
        if (!Objects.equals(Text.clean(title), Text.clean(was.title())) || org == null) {
            if (org == null && was.title() == null) {
                return;
            }
            out.removeProperties(Title.class);
            if (title != null) {
                out.addTitle(title);
            }
        }
    }

    /**
     * Keeps the card's properties of one kind whose value Kith still holds (compared as Kith matches
     * them) or cannot hold at all, removes the others, and adds Kith's values the card lacks.
     */
    private static <P extends VCardProperty> void reconcile(VCard out, List<P> sent, List<String> kith,
                                                            Function<P, String> keyOfSent,
                                                            Function<String, String> keyOfKith,
                                                            Function<String, P> create, Set<String> groupsLeft) {
        Set<String> wanted = new LinkedHashSet<>();
        kith.forEach(v -> wanted.add(Objects.requireNonNullElse(keyOfKith.apply(v), v)));
        Set<String> present = new HashSet<>();
        for (P property : List.copyOf(sent)) {
            String key = keyOfSent.apply(property);
            if (key == null) {
                continue;
            }
            if (wanted.contains(key)) {
                present.add(key);
            } else {
                out.removeProperty(property);
                if (property.getGroup() != null) {
                    groupsLeft.add(property.getGroup().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String value : kith) {
            if (!present.contains(Objects.requireNonNullElse(keyOfKith.apply(value), value))) {
                out.addProperty(create.apply(value));
            }
        }
    }

    /** Labels (X-ABLabel and the like) of groups whose property went, so no label is left pointing at nothing. */
    private static void dropOrphanLabels(VCard out, Set<String> groups) {
        for (String group : groups) {
            boolean inUse = out.getProperties().stream().anyMatch(p -> group.equalsIgnoreCase(p.getGroup())
                    && !(p instanceof RawProperty raw && raw.getPropertyName().toUpperCase(Locale.ROOT).startsWith("X-AB")));
            if (!inUse) {
                out.getProperties().stream().filter(p -> group.equalsIgnoreCase(p.getGroup())).toList()
                        .forEach(out::removeProperty);
            }
        }
    }

    /** Text as compared: trimmed, with one kind of line break (a card written again has \n for \r\n). */
    private static String lines(String text) {
        String clean = Text.clean(text);
        return clean == null ? null : clean.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String clip(String text, int max) {
        String clean = Text.clean(text);
        return clean == null || clean.length() <= max ? clean : clean.substring(0, max).strip();
    }

    private static String key(PostalAddress a) {
        return Stream.of(a.street(), a.locality(), a.region(), a.postalCode(), a.country())
                .map(Text::fold).collect(Collectors.joining("|"));
    }

    private static Set<String> folded(List<String> values) {
        return values.stream().map(Text::fold).collect(Collectors.toSet());
    }
}
