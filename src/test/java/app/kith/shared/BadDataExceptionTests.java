package app.kith.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadDataExceptionTests {

    @Test
    void whatAReasonQuotesFromAFileStaysOneVisibleLine() {
        BadDataException e = new BadDataException("contacts.vcf", 7,
                "expected BEGIN:VCARD, found 'BEGIN:VCA\u0012D\r\n\u001b[31mred'");

        assertThat(e.getMessage())
                .isEqualTo("contacts.vcf:7: expected BEGIN:VCARD, found 'BEGIN:VCA\\u0012D\\r\\n\\u001B[31mred'");
        assertThat(e.reason()).doesNotContain("\n", "\u001b");
    }

    @Test
    void aFileNameWithAControlCharacterIsShownEscaped() {
        BadDataException e = new BadDataException("up\tload.csv", 0, "not valid CSV");

        assertThat(e.file()).isEqualTo("up\\tload.csv");
        assertThat(e.getMessage()).isEqualTo("up\\tload.csv:0: not valid CSV");
    }
}
