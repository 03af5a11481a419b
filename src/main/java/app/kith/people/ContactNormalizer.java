package app.kith.people;

import app.kith.shared.InvalidInputException;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Cleans and normalizes contact points: emails lower-cased for matching, phones to E.164 where the
 * number allows, URLs limited to http(s), LinkedIn profiles reduced to one canonical form whether
 * the slug came percent-encoded or in raw Unicode.
 */
@Component
class ContactNormalizer {
    private static final Pattern NOT_DIAL = Pattern.compile("[^0-9+]");
    private static final Pattern HTTP = Pattern.compile("(?i)^https?://.*");
    private static final Pattern OTHER_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
    private static final Pattern HOST_AND_PORT = Pattern.compile("(?i)^[^:/]+:\\d+.*");
    private static final Pattern SCHEME_AND_WWW = Pattern.compile("(?i)^https?://(www\\.)?");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    ContactNormalizer(@Value("${kith.default-region:US}") String defaultRegion) {
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
    }

    Contact email(String raw) {
        String value = raw.strip();
        if (!isEmail(value) || value.length() > 320) {
            throw new InvalidInputException("emails", "'" + raw + "' is not an email address");
        }
        return new Contact(ContactKind.EMAIL, value, value.toLowerCase(Locale.ROOT));
    }

    Contact phone(String raw) {
        String value = raw.strip();
        String digits = NOT_DIAL.matcher(value).replaceAll("");
        if (digits.replace("+", "").length() < 3 || value.length() > 64) {
            throw new InvalidInputException("phones", "'" + raw + "' is not a phone number");
        }
        try {
            Phonenumber.PhoneNumber number = phones.parse(value, defaultRegion);
            if (phones.isValidNumber(number)) {
                String e164 = phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
                return new Contact(ContactKind.PHONE, e164, e164);
            }
        } catch (NumberParseException e) {
            // Not a number libphonenumber understands: keep it as written, match on its digits.
        }
        return new Contact(ContactKind.PHONE, value, digits);
    }

    Contact url(String raw) {
        String value = raw.strip();
        if (!isPlainHttpUrl(value)) {
            value = checkedUrl(raw, value);
        }
        String linkedin = linkedinKey(value);
        if (linkedin != null) {
            return new Contact(ContactKind.LINKEDIN, value, linkedin);
        }
        String bare = SCHEME_AND_WWW.matcher(value).replaceFirst("");
        return new Contact(ContactKind.URL, value, TRAILING_SLASHES.matcher(bare).replaceAll("").toLowerCase(Locale.ROOT));
    }

    /** The address with https:// added when it has no scheme, when {@link URI} reads a host in it. */
    private static String checkedUrl(String raw, String value) {
        if (!HTTP.matcher(value).matches()) {
            if (OTHER_SCHEME.matcher(value).matches() && !HOST_AND_PORT.matcher(value).matches()) {
                throw new InvalidInputException("urls", "'" + raw + "' is not an http(s) address");
            }
            value = "https://" + value;
        }
        URI uri;
        try {
            uri = new URI(value.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || value.length() > 2048) {
            throw new InvalidInputException("urls", "'" + raw + "' is not a web address");
        }
        return value;
    }

    /**
     * Something@some.thing, as {@code [^@\\s]+@[^@\\s]+\\.[^@\\s]+} has it: one '@' with something
     * before it, no spaces, and a dot with something on both sides after it.
     */
    private static boolean isEmail(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || value.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (" \t\n\f\r\u000B".indexOf(value.charAt(i)) >= 0) {
                return false;
            }
        }
        int dot = value.indexOf('.', at + 2);
        return dot > 0 && dot < value.length() - 1;
    }

    /**
     * Whether the address is plainly a web address, without asking {@link URI} (imports check tens of
     * thousands of profile addresses): http(s)://, a host name of letters, digits and inner hyphens
     * whose last label starts with a letter, then at most a path of letters, digits, "-._~/" and
     * %-escapes. Anything else takes the long way.
     */
    static boolean isPlainHttpUrl(String value) {
        int i = startsWith(value, 0, "https://") ? 8 : startsWith(value, 0, "http://") ? 7 : -1;
        if (i < 0 || value.length() > 2048) {
            return false;
        }
        int labelStart = i;
        for (; i < value.length() && value.charAt(i) != '/'; i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (!isLabel(value, labelStart, i)) {
                    return false;
                }
                labelStart = i + 1;
            } else if (!isAsciiLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        if (!isLabel(value, labelStart, i) || !isAsciiLetter(value.charAt(labelStart))) {
            return false;
        }
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length() || !HexFormat.isHexDigit(value.charAt(i + 1))
                        || !HexFormat.isHexDigit(value.charAt(i + 2))) {
                    return false;
                }
            } else if (!isAsciiLetterOrDigit(c) && "-._~/".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabel(String text, int from, int to) {
        return to > from && isAsciiLetterOrDigit(text.charAt(from)) && isAsciiLetterOrDigit(text.charAt(to - 1));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    /**
     * The canonical form of a LinkedIn profile address ({@code linkedin.com/in/slug}, slug decoded
     * and lower-cased), or null when the address is not a LinkedIn profile. What it accepts:
     * {@code http(s)://}, then an optional country ({@code de.}) and {@code www.}, then
     * {@code linkedin.com/in/} and a slug, letters compared without case. Written out rather than as a
     * regular expression: imports normalize every profile address of a file twice.
     */
    static String linkedinKey(String url) {
        String rest = url.strip();
        if (startsWith(rest, 0, "https://")) {
            rest = rest.substring(8);
        } else if (startsWith(rest, 0, "http://")) {
            rest = rest.substring(7);
        }
        for (int country : new int[] {3, 2, 0}) {
            if (country > 0 && !isCountry(rest, country)) {
                continue;
            }
            int from = country == 0 ? 0 : country + 1;
            for (int www : new int[] {4, 0}) {
                if (www > 0 && !startsWith(rest, from, "www.")) {
                    continue;
                }
                String slug = slug(rest, from + www);
                if (slug != null) {
                    return "linkedin.com/in/" + decoded(slug).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    /** Two or three ASCII letters and a dot at the start. */
    private static boolean isCountry(String text, int letters) {
        if (text.length() <= letters || text.charAt(letters) != '.') {
            return false;
        }
        for (int i = 0; i < letters; i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * The slug after {@code linkedin.com/in/} at {@code at}: everything up to the next '/', '?' or '#';
     * null when there is none, or when the rest of the address runs over a line break.
     */
    private static String slug(String text, int at) {
        if (!startsWith(text, at, "linkedin.com/in/")) {
            return null;
        }
        int start = at + "linkedin.com/in/".length();
        int end = start;
        while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (end == start) {
            return null;
        }
        for (int i = end; i < text.length(); i++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(text.charAt(i)) >= 0) {
                return null;
            }
        }
        return text.substring(start, end);
    }

    /** Whether {@code text} has {@code ascii} at {@code at}, letters compared without case (ASCII only). */
    private static boolean startsWith(String text, int at, String ascii) {
        if (text.length() - at < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = text.charAt(at + i);
            char e = ascii.charAt(i);
            if (c != e && !(e >= 'a' && e <= 'z' && c == e - 32)) {
                return false;
            }
        }
        return true;
    }

    /** A percent-encoded slug decoded ("+" kept as it is); as given when it is not valid encoding. */
    private static String decoded(String slug) {
        if (slug.indexOf('%') < 0) {
            return slug;
        }
        try {
            return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug;
        }
    }
}
