package app.kith.devseed;

import app.kith.people.PersonChanges;
import app.kith.shared.Text;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Makes people: names in their culture's script and order, contact points, birthdays, circles and tags. */
final class PersonMaker {
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{M} '.-]+");
    private static final List<String> CIRCLES = List.of("inner", "close", "network", "acquaintance", "none");
    private static final double[] CIRCLE_WEIGHTS = Dice.cumulative(0.7, 3.5, 45, 15, 35.8);
    /** How often the owner meets someone of each circle, relative to an acquaintance. */
    private static final double[] CIRCLE_ATTENTION = {60, 20, 3, 1, 0.5};
    private static final List<String> PERSONAL_DOMAINS = List.of("example.com", "example.org", "example.net");

    private final Pools pools;
    private final Dice dice;
    private final LocalDate today;
    private final double[] cultureWeights;
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final Map<String, String> phoneExamples = new HashMap<>();
    private final Map<String, String> domains = new HashMap<>();
    private final Set<String> emails = new HashSet<>();
    private final List<String> names = new ArrayList<>();

    PersonMaker(Pools pools, Dice dice, LocalDate today) {
        this.pools = pools;
        this.dice = dice;
        this.today = today;
        this.cultureWeights = Dice.cumulative(pools.cultures().stream().mapToDouble(Culture::weight).toArray());
    }

    Identity identity() {
        Culture culture = pools.cultures().get(dice.weighted(cultureWeights));
        boolean female = dice.chance(0.5);
        Culture.GivenName given = dice.pick(female ? culture.female() : culture.male());
        List<Culture.Form> families = new ArrayList<>();
        while (families.size() < culture.surnames()) {
            Culture.FamilyName family = dice.pick(culture.family());
            Culture.Form form = female ? family.feminine() : family.masculine();
            if (!families.contains(form)) {
                families.add(form);
            }
        }
        String familyName = String.join(" ", families.stream().map(Culture.Form::name).toList());
        String latinFamily = String.join(" ", families.stream().map(Culture.Form::latin).toList());
        boolean romanized = culture.romanized() > 0 && dice.chance(culture.romanized());
        String name = romanized ? capitalized(given.latin()) + " " + capitalized(latinFamily)
                : switch (culture.order()) {
                    case GIVEN_FAMILY -> given.name() + " " + familyName;
                    case FAMILY_GIVEN -> familyName + " " + given.name();
                    case FAMILY_GIVEN_JOINED -> familyName + given.name();
                };
        String nickname = given.nickname() != null && dice.chance(0.35)
                && (!romanized || LATIN.matcher(given.nickname()).matches()) ? given.nickname() : null;
        int age = 22 + dice.between(0, 23) + dice.between(0, 23);
        return new Identity(culture, female, name, nickname, given.latin(), latinFamily, today.getYear() - age);
    }

    /** The person's whole record; {@code employer} (may be null) gives some of them a work email. */
    Synthetic.Person person(Identity who, String employer) {
        int circle = dice.weighted(CIRCLE_WEIGHTS);
        String kind = dice.chance(0.75) ? "friendship" : dice.chance(0.6) ? "partnership" : "both";
        String stage = kind.equals("friendship") ? null
                : List.of("exploring", "proposed", "active", "paused", "ended")
                        .get(dice.weighted(Dice.cumulative(25, 15, 40, 10, 10)));
        // Kith asks for the written case before a partnership is proposed or active.
        boolean needsCase = "proposed".equals(stage) || "active".equals(stage);
        String partnershipCase = stage != null && (dice.chance(0.4) || needsCase)
                ? "Both of us care about " + dice.pick(pools.words("topic")) : null;
        String howMet = null;
        if (dice.chance(0.25)) {
            howMet = !names.isEmpty() && dice.chance(0.3) ? "through " + dice.pick(names)
                    : "met " + dice.pick(pools.words("met"));
        }
        PersonChanges changes = new PersonChanges(who.name(), who.nickname(), emails(who, employer), phones(who),
                urls(who), null, birthday(who.birthYear()), howMet, CIRCLES.get(circle),
                dice.chance(0.03) ? dice.pick(List.of(14, 30, 60, 90, 180)) : null, kind, trust(circle), stage,
                partnershipCase, List.of("ok", "strained", "repairing", "restored")
                        .get(dice.weighted(Dice.cumulative(96, 2, 1, 1))),
                tags(), dice.chance(0.08) ? "Ask about " + dice.pick(pools.words("topic")) + "." : null);
        names.add(who.name());
        return new Synthetic.Person(changes, CIRCLE_ATTENTION[circle] * (0.5 + dice.unit()));
    }

    private String trust(int circle) {
        return switch (circle) {
            case 0 -> dice.chance(0.7) ? "close" : "trusted";
            case 1 -> dice.chance(0.6) ? "trusted" : "acquainted";
            default -> dice.chance(0.55) ? "new" : dice.chance(0.8) ? "acquainted" : "trusted";
        };
    }

    private String birthday(int year) {
        if (!dice.chance(0.55)) {
            return null;
        }
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(dice.between(0, 364));
        // Many people share the day but not the year; Kith must never invent one.
        return dice.chance(0.35) ? "--%02d-%02d".formatted(day.getMonthValue(), day.getDayOfMonth()) : day.toString();
    }

    private List<String> emails(Identity who, String employer) {
        List<String> result = new ArrayList<>();
        String given = slug(who.latinGiven());
        String family = slug(who.latinFamily());
        if (dice.chance(0.85)) {
            String local = switch (dice.between(0, 4)) {
                case 0 -> given + "." + family;
                case 1 -> given + "_" + family;
                case 2 -> given.charAt(0) + family;
                case 3 -> given + family + dice.between(10, 99);
                default -> given + "." + family + (who.birthYear() % 100);
            };
            result.add(unique(local, dice.pick(PERSONAL_DOMAINS)));
        }
        String domain = employer == null ? "" : domains.computeIfAbsent(employer, e -> slug(Text.fold(e)));
        if (!domain.isEmpty() && dice.chance(0.3)) {
            result.add(unique(given + "." + family, domain + ".example"));
        }
        return result;
    }

    private String unique(String local, String domain) {
        String email = local + "@" + domain;
        for (int n = 2; !emails.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    private List<String> phones(Identity who) {
        List<String> result = new ArrayList<>();
        int count = dice.chance(0.6) ? (dice.chance(0.15) ? 2 : 1) : 0;
        for (int i = 0; i < count; i++) {
            String example = phoneExamples.computeIfAbsent(who.culture().region(), region -> phones.format(
                    phones.getExampleNumberForType(region, PhoneNumberUtil.PhoneNumberType.MOBILE),
                    PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL));
            result.add(withLastDigits(example, dice.between(0, 9999)));
        }
        return result;
    }

    /**
     * The region's example mobile number, written the way people of that region write it, with its
     * last four digits replaced: still a valid number of that region, without parsing one per person.
     */
    static String withLastDigits(String formatted, int digits) {
        char[] chars = formatted.toCharArray();
        for (int i = chars.length - 1, left = 4; i >= 0 && left > 0; i--) {
            if (Character.isDigit(chars[i])) {
                chars[i] = (char) ('0' + digits % 10);
                digits /= 10;
                left--;
            }
        }
        return new String(chars);
    }

    private List<String> urls(Identity who) {
        List<String> result = new ArrayList<>();
        String slug = slug(who.latinGiven()) + "-" + slug(who.latinFamily());
        if (dice.chance(0.45)) {
            result.add("https://www.linkedin.com/in/" + slug + "-" + dice.hex(6));
        }
        if (dice.chance(0.05)) {
            result.add("https://" + slug + ".example");
        }
        return result;
    }

    private List<String> tags() {
        int count = dice.weighted(Dice.cumulative(45, 30, 17, 8));
        List<String> tags = new ArrayList<>();
        while (tags.size() < count) {
            String tag = dice.pick(pools.words("tag"));
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** The ASCII letters and digits of a folded or romanized name, for email and web addresses. */
    static String slug(String latin) {
        StringBuilder slug = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                slug.append((char) (c + ('a' - 'A')));
            }
        }
        return slug.toString();
    }

    private static String capitalized(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        boolean start = true;
        for (char c : latin.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
