package app.kith.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vCard reader on its own, without a database. */
class VCardParserTests {

    @Test
    void aBirthdayThatIsNoDayIsLeftOutAndSaidSoTheCardIsStillRead() {
        List<Imported> read = read("""
                BEGIN:VCARD\r
                VERSION:4.0\r
                FN:Frances Allen\r
                BDAY:--0230\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:4.0\r
                FN:Grace Hopper\r
                BDAY:2023-02-29\r
                END:VCARD\r
                """);

        assertThat(read).filteredOn(Imported.Problem.class::isInstance).map(Imported.Problem.class::cast)
                .extracting(Imported::line, Imported.Problem::message)
                .containsExactly(tuple(1L, "'--02-30' is not a birthday; left out"),
                        tuple(6L, "'2023-02-29' is not a birthday; left out"));
        assertThat(read).filteredOn(Imported.Person.class::isInstance).map(Imported.Person.class::cast)
                .extracting(Imported.Person::name, Imported.Person::birthday)
                .containsExactly(tuple("Frances Allen", null), tuple("Grace Hopper", null));
    }

    @Test
    void anEmptyEmailLineIsNoAddressAndNoName() {
        List<Imported> read = read("""
                BEGIN:VCARD\r
                VERSION:2.1\r
                EMAIL;PREF:\r
                EMAIL;PREF:john.doe@company.com\r
                TEL;CELL:\r
                END:VCARD\r
                """);

        assertThat(read).singleElement().isInstanceOfSatisfying(Imported.Person.class, p -> {
            assertThat(p.name()).isEqualTo("john.doe@company.com");
            assertThat(p.emails()).containsExactly("john.doe@company.com");
            assertThat(p.phones()).isEmpty();
        });
    }

    private static List<Imported> read(String cards) {
        List<Imported> read = new ArrayList<>();
        VCardParser.parse("contacts.vcf", new ByteArrayInputStream(cards.getBytes(StandardCharsets.UTF_8)), read::add);
        return read;
    }
}
