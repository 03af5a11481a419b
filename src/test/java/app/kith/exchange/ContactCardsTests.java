package app.kith.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.BadDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contact cards shared from a phone, read for the add form (nothing is saved here). */
class ContactCardsTests {

    @Test
    void anAppleCardGivesItsFieldsAndABirthdayWithoutItsMadeUpYear() {
        List<SharedContact> cards = read("shared.vcf", """
                BEGIN:VCARD\r
                VERSION:3.0\r
                N:Allen;Frances;;;\r
                FN:Frances Allen\r
                ORG:IBM Research;\r
                TITLE:Fellow\r
                item1.EMAIL;type=INTERNET;type=pref:fran@ibm.example\r
                TEL;type=CELL:+1 914 555 0100\r
                BDAY;X-APPLE-OMIT-YEAR=1604:1604-08-04\r
                CATEGORIES:compilers,My Contacts\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:3.0\r
                TEL:+1 914 555 0101\r
                END:VCARD\r
                """);

        assertThat(cards).containsExactly(new SharedContact("Frances Allen", null, List.of("fran@ibm.example"),
                List.of("+1 914 555 0100"), List.of(), "--08-04", "IBM Research", "Fellow", List.of("compilers"), null));
    }

    @Test
    void aFileThatIsNoCardSaysWhereAndWhy() {
        assertThatThrownBy(() -> read("note.txt", "Call Ada about the engine\n"))
                .isInstanceOf(BadDataException.class).hasMessage("note.txt:1: expected BEGIN:VCARD, found 'Call Ada about the engine'");
    }

    private static List<SharedContact> read(String file, String text) {
        return ContactCards.read(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
