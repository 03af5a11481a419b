package app.kith.exchange;

import app.kith.people.PostalAddress;
import app.kith.people.Photo;
import app.kith.shared.BadDataException;
import app.kith.shared.KithException;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * vCard 2.1, 3.0 and 4.0, one card at a time: the file is split on BEGIN/END lines as it streams
 * (so a 100,000-card file never sits in memory), each card is parsed by ez-vcard, and a card left
 * without END is bad data naming the line it began on.
 */
final class VCardParser {
    private static final Pattern BEGIN = Pattern.compile("(?i)^([\\w-]+\\.)?BEGIN:VCARD\\s*$");
    private static final Pattern END = Pattern.compile("(?i)^([\\w-]+\\.)?END:VCARD\\s*$");
    private static final Pattern APPLE_LABEL = Pattern.compile("^_\\$!<(.*)>!\\$_$");
    /** Groups address books add by themselves, which are not the user's tags. */
    private static final Set<String> SYSTEM_GROUPS = Set.of("my contacts", "starred in android", "mycontacts",
            "starred");
    private static final int MAX_CARD_CHARS = 4 * 1024 * 1024;

    private VCardParser() {
    }

    static void parse(String file, InputStream in, Consumer<Imported> out) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            StringBuilder card = new StringBuilder();
            long lineNumber = 0;
            long begin = 0;
            int depth = 0;
            boolean seen = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\ufeff') {
                    line = line.substring(1);
                }
                if (depth == 0) {
                    if (BEGIN.matcher(line).matches()) {
                        depth = 1;
                        begin = lineNumber;
                        card.setLength(0);
                        card.append(line).append("\r\n");
                        seen = true;
                    } else if (!line.isBlank()) {
                        throw new BadDataException(file, lineNumber, "expected BEGIN:VCARD, found '" + shorten(line) + "'");
                    }
                    continue;
                }
                card.append(line).append("\r\n");
                if (card.length() > MAX_CARD_CHARS) {
                    throw new BadDataException(file, begin, "this vCard is larger than 4 MB");
                }
                if (BEGIN.matcher(line).matches()) {
                    depth++;
                } else if (END.matcher(line).matches() && --depth == 0) {
                    out.accept(person(file, begin, card.toString(), out));
                }
            }
            if (depth > 0) {
                throw new BadDataException(file, begin, "the vCard that begins here has no END:VCARD");
            }
            if (!seen) {
                throw new BadDataException(file, 1, "not a vCard file (no BEGIN:VCARD)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Imported person(String file, long line, String text, Consumer<Imported> problems) {
        VCard card;
        try (VCardReader reader = new VCardReader(text)) {
            reader.setDefaultQuotedPrintableCharset(StandardCharsets.UTF_8);
            card = reader.readNext();
        } catch (IOException | RuntimeException e) {
            throw new BadDataException(file, line, "this vCard cannot be read (" + e.getMessage() + ")");
        }
        if (card == null) {
            throw new BadDataException(file, line, "this vCard cannot be read");
        }
        // An empty EMAIL or TEL line says nothing: it is no address, and no name for a card without one.
        List<String> emails = card.getEmails().stream().map(Email::getValue).filter(VCardParser::given).toList();
        List<String> phones = card.getTelephoneNumbers().stream()
                .map(t -> t.getText() != null ? t.getText() : t.getUri() == null ? null : t.getUri().getNumber())
                .filter(VCardParser::given).toList();
        String name = name(card, emails);
        if (name == null) {
            return new Imported.Problem(file, line, "a card without a name, organization or email was skipped");
        }
        List<Imported.Job> jobs = new ArrayList<>();
        String org = card.getOrganization() == null || card.getOrganization().getValues().isEmpty() ? null
                : Clean.organization(card.getOrganization().getValues().getFirst());
        if (org != null) {
            String title = card.getTitles().isEmpty() ? null : Clean.words(card.getTitles().getFirst().getValue());
            jobs.add(new Imported.Job(org, "works-at", title, null, null));
        }
        List<String> notes = card.getNotes().stream().map(Note::getValue).filter(n -> n != null && !n.isBlank()).toList();
        List<String> tags = new ArrayList<>();
        for (Categories categories : card.getCategoriesList()) {
            categories.getValues().stream().map(String::strip)
                    .filter(c -> !c.isEmpty() && !SYSTEM_GROUPS.contains(c.toLowerCase(Locale.ROOT))).forEach(tags::add);
        }
        return new Imported.Person(file, line, name,
                card.getNickname() == null || card.getNickname().getValues().isEmpty() ? null
                        : Clean.words(card.getNickname().getValues().getFirst()),
                emails, phones,
                card.getUrls().stream().map(Url::getValue).filter(VCardParser::given).map(u -> u.replace("\\:", ":"))
                        .toList(),
                card.getAddresses().stream().map(a -> address(card, a)).toList(),
                birthday(card.getBirthday(), file, line, problems), jobs,
                Clean.clip(String.join("\n\n", notes), 20000), tags,
                photo(card, file, line, problems));
    }

    /**
     * The first photo carried in the card that really is an image of a sensible size. Photos given
     * as web addresses are not fetched: Kith never fetches user-supplied URLs.
     */
    private static Photo photo(VCard card, String file, long line, Consumer<Imported> problems) {
        for (ezvcard.property.Photo p : card.getPhotos()) {
            if (p.getData() != null) {
                try {
                    return Photo.of(p.getData());
                } catch (KithException e) {
                    problems.accept(new Imported.Problem(file, line, e.getMessage() + "; the photo was left out"));
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
        if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
            String org = Clean.organization(card.getOrganization().getValues().getFirst());
            if (org != null) {
                return org;
            }
        }
        return emails.isEmpty() ? null : emails.getFirst();
    }

    private static PostalAddress address(VCard card, Address a) {
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

    /**
     * The birthday as Kith writes it. Apple writes a birthday without a year as year 1604 with
     * X-APPLE-OMIT-YEAR; vCard 4.0 writes {@code --MMDD}; neither gets a year in Kith. Null when the
     * card has none, or one that is no day of a year Kith can hold (such as {@code --0230}).
     */
    static String birthday(Birthday bday) {
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

    private static String birthday(Birthday bday, String file, long line, Consumer<Imported> problems) {
        String day = birthday(bday);
        if (day == null && bday != null && written(bday) != null) {
            problems.accept(new Imported.Problem(file, line, "'" + written(bday) + "' is not a birthday; left out"));
        }
        return day;
    }

    private static String day(Integer year, int month, int day, boolean omitYear) {
        if (year == null || omitYear || year == 1604 || year <= 0) {
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

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static String shorten(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }

}
