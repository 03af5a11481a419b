package app.kith.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
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
            StringBuilder url = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int j = 0; j < n; j++) {
                url.append(parts[random.nextInt(parts.length)]);
            }
            String text = url.toString();
            assertThat(ContactNormalizer.linkedinKey(text)).as("'%s'", text).isEqualTo(reference(text));
        }
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
