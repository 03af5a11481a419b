package app.kith.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** COPY's text format for a row: what must be escaped is, and everything else is copied as it is. */
class PostgresCopyTests {

    private static String line(Object... row) {
        StringBuilder text = new StringBuilder();
        PostgresCopy.line(text, row);
        return text.toString();
    }

    @Test
    void backslashesTabsAndLineEndsAreEscapedWhereverTheyAreAndNullIsBackslashN() {
        assertThat(line("\\start", "mid\tdle", "end\n", "\r\n\\\t", "", null, 42, 7L, true))
                .isEqualTo("\\\\start\tmid\\tdle\tend\\n\t\\r\\n\\\\\\t\t\t\\N\t42\t7\ttrue\n");
    }

    @Test
    void textWithNothingToEscapeIsCopiedAsItIsInAnyScript() {
        assertThat(line("Zoë Ölçer 山田 太郎 👋", "O'Brien & Co <b>")).isEqualTo("Zoë Ölçer 山田 太郎 👋\tO'Brien & Co <b>\n");
    }
}
