package app.kith.people;

import app.kith.shared.InvalidInputException;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern NOT_DIAL = Pattern.compile("[^0-9+]");
    private static final Pattern HTTP = Pattern.compile("(?i)^https?://.*");
    private static final Pattern OTHER_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
    private static final Pattern HOST_AND_PORT = Pattern.compile("(?i)^[^:/]+:\\d+.*");
    private static final Pattern SCHEME_AND_WWW = Pattern.compile("(?i)^https?://(www\\.)?");
    private static final Pattern SCHEME = Pattern.compile("(?i)^https?://");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern LINKEDIN_PROFILE =
            Pattern.compile("(?i)^(?:[a-z]{2,3}\\.)?(?:www\\.)?linkedin\\.com/in/([^/?#]+).*$");
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    ContactNormalizer(@Value("${kith.default-region:US}") String defaultRegion) {
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
    }

    Contact email(String raw) {
        String value = raw.strip();
        if (!EMAIL.matcher(value).matches() || value.length() > 320) {
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
        String linkedin = linkedinKey(value);
        if (linkedin != null) {
            return new Contact(ContactKind.LINKEDIN, value, linkedin);
        }
        String bare = SCHEME_AND_WWW.matcher(value).replaceFirst("");
        return new Contact(ContactKind.URL, value, TRAILING_SLASHES.matcher(bare).replaceAll("").toLowerCase(Locale.ROOT));
    }

    /**
     * The canonical form of a LinkedIn profile address ({@code linkedin.com/in/slug}, slug decoded
     * and lower-cased), or null when the address is not a LinkedIn profile.
     */
    static String linkedinKey(String url) {
        String rest = SCHEME.matcher(url.strip()).replaceFirst("");
        var m = LINKEDIN_PROFILE.matcher(rest);
        if (!m.matches()) {
            return null;
        }
        String slug;
        try {
            slug = URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            slug = m.group(1);
        }
        return "linkedin.com/in/" + slug.toLowerCase(Locale.ROOT);
    }
}
