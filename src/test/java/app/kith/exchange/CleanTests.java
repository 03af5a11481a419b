package app.kith.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CleanTests {

    @Test
    void wordsLoseTabsDoubledAndTrailingSpaces() {
        assertThat(Clean.words("  Ada\t\tQuinlan ", null, " Jr.\u00a0")).isEqualTo("Ada Quinlan Jr.");
        assertThat(Clean.words(" \u2003", null)).isNull();
        assertThat(Clean.organization(" -")).isNull();
        assertThat(Clean.organization("\u00a0Contoso,  Ltd.")).isEqualTo("Contoso, Ltd.");
        assertThat(Clean.organization("株式会社")).isEqualTo("株式会社");
        assertThat(Clean.organization("3M")).isEqualTo("3M");
    }

    /** The loop gives what the regular expressions it replaced gave, on random text. */
    @Test
    void wordsMatchTheRegularExpressionDefinition() {
        String alphabet = "ab Z9-. \t\n\r\u000b\f\u00a0\u2003\u3000\u00e9\u0301\uD83C\uDF3F";
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String[] parts = new String[random.nextInt(4)];
            for (int p = 0; p < parts.length; p++) {
                if (random.nextInt(5) > 0) {
                    StringBuilder part = new StringBuilder();
                    int length = random.nextInt(8);
                    for (int j = 0; j < length; j++) {
                        part.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    parts[p] = part.toString();
                }
            }
            assertThat(Clean.words(parts)).as("%s", Arrays.toString(parts)).isEqualTo(words(parts));
            String one = parts.length == 0 ? null : parts[0];
            assertThat(Clean.organization(one)).as("'%s'", one).isEqualTo(organization(one));
        }
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern HAS_WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

    private static String words(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String clean = SPACES.matcher(joined).replaceAll(" ").strip();
        return clean.isEmpty() ? null : clean;
    }

    private static String organization(String text) {
        String clean = words(text);
        return clean == null || !HAS_WORD.matcher(clean).matches() ? null : clean;
    }
}
