package app.kith.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.shared.InvalidInputException;
import app.kith.testing.RandomText;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContactNormalizerTests {

    @Test
    void linkedInProfilesHaveOneFormHoweverTheyAreWritten() {
        assertThat(ContactNormalizer.linkedinKey(" https://www.linkedin.com/in/Ada-Q/ ")).isEqualTo("linkedin.com/in/ada-q");
        assertThat(ContactNormalizer.linkedinKey("HTTP://uk.LinkedIn.com/in/ada-q?trk=x")).isEqualTo("linkedin.com/in/ada-q");
        assertThat(ContactNormalizer.linkedinKey("linkedin.com/in/chiara-rossi-%C3%A8"))
                .isEqualTo(ContactNormalizer.linkedinKey("https://www.linkedin.com/in/chiara-rossi-è"));
        assertThat(ContactNormalizer.linkedinKey("https://www.linkedin.com/in/a+b%zz")).isEqualTo("linkedin.com/in/a+b%zz");
        assertThat(ContactNormalizer.linkedinKey("https://www.linkedin.com/company/contoso")).isNull();
        assertThat(ContactNormalizer.linkedinKey("https://example.com/in/ada")).isNull();
    }

    /** The hand-written reading agrees with the regular expression it replaced, on random addresses. */
    @Test
    void linkedInKeysMatchTheRegularExpressionDefinition() {
        String[] parts = {"https://", "HTTP://", "http:/", "www.", "WWW.", "uk.", "de.", "abc.", "abcd.", "1a.",
            "linkedin.com/in/", "LinkedIn.COM/IN/", "linkedin.com/in", "lınkedin.com/in/", "ada-lovelace", "%C3%A9",
            "%zz", "%", "+", "/", "?", "#", "\n", "\u2028", " ", "é", "\u212A", "x", "."};
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            String text = RandomText.of(random, parts, 6);
            assertThat(ContactNormalizer.linkedinKey(text)).as("'%s'", text).isEqualTo(reference(text));
        }
    }

    /** Emails and web addresses are accepted and rejected as the regular expressions and URI did. */
    @Test
    void emailsAndWebAddressesAreCheckedAsBefore() {
        ContactNormalizer normalizer = new ContactNormalizer("US");
        String[] parts = {"https://", "HTTP://", "http:/", "ftp://", "mailto:", "www.", "WWW.", "linkedin.com",
            "LinkedIn.com", "example", ".com", ".c0m", "-", "a", "Z", "1", "/", "/in/", "ada-q", "%C3%A9", "%zz", "%4",
            "?x=1", "#top", " ", ":80", "@", "é", ".", "..", "_", "~", "\t", "\u00a0", "x.y"};
        Random random = new Random(3);
        for (int i = 0; i < 60_000; i++) {
            String value = RandomText.of(random, parts, 7);
            assertThat(outcome(() -> normalizer.url(value))).as("url '%s'", value).isEqualTo(outcome(() -> url(value)));
            assertThat(outcome(() -> normalizer.email(value))).as("email '%s'", value)
                    .isEqualTo(outcome(() -> email(value)));
        }
    }

    private static String outcome(Supplier<Contact> check) {
        try {
            return check.get().toString();
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HTTP = Pattern.compile("(?i)^https?://.*");
    private static final Pattern OTHER_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
    private static final Pattern HOST_AND_PORT = Pattern.compile("(?i)^[^:/]+:\\d+.*");
    private static final Pattern SCHEME_AND_WWW = Pattern.compile("(?i)^https?://(www\\.)?");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    private static Contact email(String raw) {
        String value = raw.strip();
        if (!EMAIL.matcher(value).matches() || value.length() > 320) {
            throw new InvalidInputException("emails", "'" + raw + "' is not an email address");
        }
        return new Contact(ContactKind.EMAIL, value, value.toLowerCase(Locale.ROOT));
    }

    private static Contact url(String raw) {
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
        String linkedin = reference(value);
        if (linkedin != null) {
            return new Contact(ContactKind.LINKEDIN, value, linkedin);
        }
        String bare = SCHEME_AND_WWW.matcher(value).replaceFirst("");
        return new Contact(ContactKind.URL, value, TRAILING_SLASHES.matcher(bare).replaceAll("").toLowerCase(Locale.ROOT));
    }

    private static final Pattern SCHEME = Pattern.compile("(?i)^https?://");
    private static final Pattern PROFILE =
            Pattern.compile("(?i)^(?:[a-z]{2,3}\\.)?(?:www\\.)?linkedin\\.com/in/([^/?#]+).*$");

    private static String reference(String url) {
        String rest = SCHEME.matcher(url.strip()).replaceFirst("");
        Matcher m = PROFILE.matcher(rest);
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
