package app.kith.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTests {

    @Test
    void foldingIgnoresAccentsCasePunctuationAndSpacing() {
        assertThat(Text.fold("  Émilie  LAURENT-Sørensen, Jr. ")).isEqualTo("emilie laurent sorensen jr");
        assertThat(Text.fold("Nguyễn Văn An")).isEqualTo("nguyen van an");
        assertThat(Text.fold("Łukasz Æbelø Straße Þór Ðorđe ılık Œuvre")).isEqualTo("lukasz aebelo strasse thor dorde ilik oeuvre");
        assertThat(Text.fold("Chiara \uD83C\uDF3F Rossi")).isEqualTo("chiara rossi");
        assertThat(Text.fold("Company 12, Inc.")).isEqualTo("company 12 inc");
        assertThat(Text.fold("Ⅻ ½ ²")).isEqualTo("ⅻ ½ ²");
        assertThat(Text.fold("김민준 Δημήτρης")).isEqualTo("김민준 δημητρης");
        assertThat(Text.fold(" -")).isEmpty();
        assertThat(Text.fold(null)).isEmpty();
    }

    /** The fold without regular expressions gives exactly what the one written with them gave. */
    @Test
    void foldingMatchesTheRegularExpressionDefinitionOnRandomText() {
        Random random = new Random(42);
        String alphabet = "aZ09 \t-_.,'\"éÉøØłæœßđðþıİŞçñüÜẞǅŉḁỸễȸ©«\u0301\u0308\u00a0\u2003\u2028Δδ김민ⅫⅣ½²٣"
                + "\uD83C\uDF3F\uD835\uDC00\uD800";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Text.fold(text.toString())).as("fold of '%s'", text).isEqualTo(reference(text.toString()));
        }
    }

    /** Every Latin letter folded on its own, and between other characters, as the definition folds it. */
    @Test
    void everyLatinCharacterFoldsAsTheDefinitionSays() {
        for (char c = 0x80; c <= 0x1EFF; c++) {
            for (String around : new String[] {"%s", "a%sZ", " %s-", "e%s\u0301", "%s%s", "1%s.x"}) {
                String text = around.replace("%s", String.valueOf(c));
                assertThat(Text.fold(text)).as("fold of '%s' (U+%04X)", text, (int) c).isEqualTo(reference(text));
            }
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String reference(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder spelled = new StringBuilder();
        for (char c : lower.toCharArray()) {
            switch (c) {
                case 'ø' -> spelled.append('o');
                case 'ł' -> spelled.append('l');
                case 'æ' -> spelled.append("ae");
                case 'œ' -> spelled.append("oe");
                case 'ß' -> spelled.append("ss");
                case 'đ', 'ð' -> spelled.append('d');
                case 'þ' -> spelled.append("th");
                case 'ı' -> spelled.append('i');
                default -> spelled.append(c);
            }
        }
        String stripped = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }
}
