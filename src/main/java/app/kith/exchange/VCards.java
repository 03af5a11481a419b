package app.kith.exchange;

import app.kith.organizations.Affiliation;
import app.kith.people.Person;
import app.kith.people.Photo;
import app.kith.people.PostalAddress;
import app.kith.shared.KithException;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.ImageType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one mapping between a vCard and a person, both ways: the vCard import and export and the
 * address book sync (module {@code dav}) all read and write cards through it. A birthday without a
 * year is written as {@code --MMDD} in 4.0 and, in 3.0 (which has no way to say it), the way Apple
 * does: year 1604 with {@code X-APPLE-OMIT-YEAR}, which is read back as year-less.
 */
public final class VCards {
    private static final Pattern APPLE_LABEL = Pattern.compile("^_\\$!<(.*)>!\\$_$");
    /** Groups address books add by themselves, which are not the user's tags. */
    private static final Set<String> SYSTEM_GROUPS = Set.of("my contacts", "starred in android", "mycontacts",
            "starred");
    private static final int NO_YEAR = 1604;

    private VCards() {
    }

    /** What Kith models of a card, cleaned; the card is not changed. */
    public static CardFields read(VCard card) {
        List<String> problems = new ArrayList<>();
        // An empty EMAIL or TEL line says nothing: it is no address, and no name for a card without one.
        List<String> emails = card.getEmails().stream().map(Email::getValue).filter(VCards::given).toList();
        List<String> phones = card.getTelephoneNumbers().stream().map(VCards::number).filter(VCards::given).toList();
        String org = organization(card);
        String title = org == null || card.getTitles().isEmpty() ? null : Clean.words(card.getTitles().getFirst().getValue());
        List<String> notes = card.getNotes().stream().map(Note::getValue).filter(n -> n != null && !n.isBlank()).toList();
        return new CardFields(name(card, emails),
                card.getNickname() == null || card.getNickname().getValues().isEmpty() ? null
                        : Clean.words(card.getNickname().getValues().getFirst()),
                emails, phones,
                card.getUrls().stream().map(Url::getValue).filter(VCards::given).map(u -> u.replace("\\:", ":")).toList(),
                card.getAddresses().stream().map(a -> address(card, a)).toList(),
                birthday(card.getBirthday(), problems), org, title, Clean.clip(String.join("\n\n", notes), 20000),
                tags(card), photo(card, problems), List.copyOf(problems));
    }

    /** The number a TEL property holds, as written (a {@code tel:} URI's number). */
    public static String number(Telephone t) {
        return t.getText() != null ? t.getText() : t.getUri() == null ? null : t.getUri().getNumber();
    }

    /** The user's tags among the card's categories (not the groups address books add by themselves). */
    public static List<String> tags(VCard card) {
        List<String> tags = new ArrayList<>();
        for (Categories categories : card.getCategoriesList()) {
            categories.getValues().stream().filter(c -> c != null).map(String::strip)
                    .filter(c -> !c.isEmpty() && !systemGroup(c)).forEach(tags::add);
        }
        return tags;
    }

    /** Whether a category is one address books add by themselves ("My Contacts", "Starred in Android"). */
    public static boolean systemGroup(String category) {
        return SYSTEM_GROUPS.contains(category.strip().toLowerCase(Locale.ROOT));
    }

    /** The organization of the card's first ORG, cleaned; null when it has none worth keeping. */
    public static String organization(VCard card) {
        return card.getOrganization() == null || card.getOrganization().getValues().isEmpty() ? null
                : Clean.organization(card.getOrganization().getValues().getFirst());
    }

    /** A person as a card of the version: names, contact points, birthday, job, notes, photo and tags. No UID. */
    public static VCard card(Person p, Affiliation job, Photo photo, VCardVersion version) {
        VCard card = new VCard(version);
        card.setFormattedName(p.name());
        card.setStructuredName(structuredName(p.name()));
        if (p.nickname() != null) {
            card.setNickname(p.nickname());
        }
        p.contact().emails().forEach(card::addEmail);
        p.contact().phones().forEach(card::addTelephoneNumber);
        p.contact().urls().forEach(card::addUrl);
        p.contact().addresses().forEach(a -> card.addAddress(address(a)));
        if (p.birthday() != null) {
            card.setBirthday(birthday(p.birthday(), version));
        }
        if (job != null) {
            card.setOrganization(organization(job.organizationName()));
            if (job.title() != null) {
                card.addTitle(job.title());
            }
        }
        if (p.notes() != null) {
            card.addNote(p.notes());
        }
        if (photo != null) {
            card.addPhoto(photo(photo));
        }
        if (!p.tags().isEmpty()) {
            card.setCategories(categories(p.tags()));
        }
        return card;
    }

    /** N from a one-line name: the last word is the family name, the rest the given names. */
    public static StructuredName structuredName(String name) {
        StructuredName n = new StructuredName();
        String clean = name.strip();
        int space = clean.lastIndexOf(' ');
        if (space < 0) {
            n.setGiven(clean);
        } else {
            n.setGiven(clean.substring(0, space).strip());
            n.setFamily(clean.substring(space + 1));
        }
        return n;
    }

    public static Address address(PostalAddress a) {
        Address address = new Address();
        address.setStreetAddress(a.street());
        address.setLocality(a.locality());
        address.setRegion(a.region());
        address.setPostalCode(a.postalCode());
        address.setCountry(a.country());
        return address;
    }

    public static Organization organization(String name) {
        Organization org = new Organization();
        org.getValues().add(name);
        return org;
    }

    public static Categories categories(List<String> tags) {
        Categories categories = new Categories();
        categories.getValues().addAll(tags);
        return categories;
    }

    public static ezvcard.property.Photo photo(Photo photo) {
        return new ezvcard.property.Photo(photo.bytes(), ImageType.find(null, photo.contentType(), null));
    }

    public static Birthday birthday(app.kith.people.Birthday b, VCardVersion version) {
        if (b.year() != null) {
            return new Birthday(LocalDate.of(b.year(), b.month(), b.day()));
        }
        if (version == VCardVersion.V4_0) {
            return new Birthday(PartialDate.builder().month(b.month()).date(b.day()).build());
        }
        Birthday apple = new Birthday(LocalDate.of(NO_YEAR, b.month(), b.day()));
        apple.setParameter("X-APPLE-OMIT-YEAR", String.valueOf(NO_YEAR));
        return apple;
    }

    /**
     * The birthday as Kith writes it. Apple writes a birthday without a year as year 1604 with
     * X-APPLE-OMIT-YEAR; vCard 4.0 writes {@code --MMDD}; neither gets a year in Kith. Null when the
     * card has none, or one that is no day of a year Kith can hold (such as {@code --0230}).
     */
    public static String birthday(Birthday bday) {
        if (bday == null) {
            return null;
        }
        boolean omitYear = bday.getParameter("X-APPLE-OMIT-YEAR") != null;
        try {
            Temporal date = bday.getDate();
            if (date != null && date.isSupported(ChronoField.MONTH_OF_YEAR)
                    && date.isSupported(ChronoField.DAY_OF_MONTH)) {
                return day(date.isSupported(ChronoField.YEAR) ? date.get(ChronoField.YEAR) : null,
                        date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH), omitYear);
            }
            PartialDate partial = bday.getPartialDate();
            if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
                return day(partial.getYear(), partial.getMonth(), partial.getDate(), omitYear);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return bday.getText() == null ? null : Dates.birthday(bday.getText());
    }

    private static String birthday(Birthday bday, List<String> problems) {
        String day = birthday(bday);
        if (day == null && bday != null && written(bday) != null) {
            problems.add("'" + written(bday) + "' is not a birthday; left out");
        }
        return day;
    }

    private static String day(Integer year, int month, int day, boolean omitYear) {
        if (year == null || omitYear || year == NO_YEAR || year <= 0) {
            return MonthDay.of(month, day).toString();
        }
        return year > 9999 ? null : LocalDate.of(year, month, day).toString();
    }

    /** What a BDAY says, as written, to quote when it is not a birthday; null when it says nothing. */
    private static String written(Birthday bday) {
        String text = bday.getText() != null ? bday.getText()
                : bday.getDate() != null ? bday.getDate().toString()
                : bday.getPartialDate() != null ? bday.getPartialDate().toISO8601(true) : null;
        return text == null || text.isBlank() ? null : shorten(text.strip());
    }

    /**
     * The first photo carried in the card that really is an image of a sensible size. Photos given
     * as web addresses are not fetched: Kith never fetches user-supplied URLs.
     */
    private static Photo photo(VCard card, List<String> problems) {
        for (ezvcard.property.Photo p : card.getPhotos()) {
            if (p.getData() != null) {
                try {
                    return Photo.of(p.getData());
                } catch (KithException e) {
                    problems.add(e.getMessage() + "; the photo was left out");
                }
            }
        }
        return null;
    }

    private static String name(VCard card, List<String> emails) {
        if (card.getFormattedName() != null && Clean.words(card.getFormattedName().getValue()) != null) {
            return Clean.words(card.getFormattedName().getValue());
        }
        StructuredName n = card.getStructuredName();
        if (n != null) {
            String joined = Clean.words(String.join(" ", n.getPrefixes()), n.getGiven(),
                    String.join(" ", n.getAdditionalNames()), n.getFamily(), String.join(" ", n.getSuffixes()));
            if (joined != null) {
                return joined;
            }
        }
        String org = organization(card);
        if (org != null) {
            return org;
        }
        return emails.isEmpty() ? null : emails.getFirst();
    }

    /** A card's address as Kith keeps it: Apple's label (or the first TYPE) with the parts. */
    public static PostalAddress address(VCard card, Address a) {
        String street = Clean.clip(String.join("\n", Stream.of(a.getPoBox(), a.getExtendedAddress(),
                a.getStreetAddress()).filter(s -> s != null && !s.isBlank()).toList()), 500);
        String label = label(card, a);
        if (label == null && !a.getTypes().isEmpty()) {
            label = a.getTypes().getFirst().getValue().toLowerCase(Locale.ROOT);
        }
        return new PostalAddress(Clean.clip(label, 50), street, a.getLocality(), a.getRegion(), a.getPostalCode(),
                a.getCountry());
    }

    /** Apple's label for a property of an {@code itemN.} group ("_$!<Home>!$_" means Home). */
    private static String label(VCard card, VCardProperty property) {
        if (property.getGroup() == null) {
            return null;
        }
        for (RawProperty raw : card.getExtendedProperties("X-ABLabel")) {
            if (property.getGroup().equalsIgnoreCase(raw.getGroup()) && raw.getValue() != null) {
                var m = APPLE_LABEL.matcher(raw.getValue().strip());
                return m.matches() ? m.group(1) : raw.getValue().strip();
            }
        }
        return null;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    static String shorten(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }
}
