package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.TestDatabases;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real cards from iOS, macOS, Android, Gmail, Outlook, Thunderbird, Evolution and the RFC examples
 * (the shared samples), each PUT and read back: every property survives, modulo the normalisation
 * the README documents (folding, the order of properties of different kinds, the case of parameter
 * names, a UID added where the card had none).
 */
class CardRoundTripTests {
    private static final List<String> SAMPLES = List.of("John_Doe_ANDROID.vcf", "John_Doe_BLACK_BERRY.vcf",
            "John_Doe_EVOLUTION.vcf", "John_Doe_GMAIL.vcf", "John_Doe_IPHONE.vcf", "John_Doe_LOTUS_NOTES.vcf",
            "John_Doe_MAC_ADDRESS_BOOK.vcf", "John_Doe_MS_OUTLOOK.vcf", "fullcontact.vcf", "gmail-list.vcf",
            "gmail-single.vcf", "gmail-single2.vcf", "outlook-2003.vcf", "outlook-2007.vcf", "rfc6350-example.vcf",
            "thunderbird-MoreFunctionsForAddressBook-extension.vcf");

    static Stream<Arguments> cards() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (TestDatabases.Vendor vendor : TestDatabases.Vendor.values()) {
            for (String sample : SAMPLES) {
                List<String> cards = split(new String(bytes(sample), StandardCharsets.UTF_8));
                for (int i = 0; i < cards.size(); i++) {
                    all.add(Arguments.of(vendor, sample + "#" + (i + 1), cards.get(i)));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cards")
    void everyPropertyOfARealCardComesBack(TestDatabases.Vendor vendor, String name, String text) {
        DavClient client = DavServers.on(vendor).newUser();
        VCard sent = read(text.getBytes(StandardCharsets.UTF_8)).getFirst();
        VCardVersion version = sent.getVersion() == VCardVersion.V4_0 ? VCardVersion.V4_0 : VCardVersion.V3_0;

        DavClient.Answer put = client.put("card.vcf", text);
        assertThat(put.status()).as(put.toString()).isEqualTo(201);
        DavClient.Answer get = client.get("card.vcf", "Accept", "text/vcard; version=" + version.getVersion());
        assertThat(get.status()).isEqualTo(200);

        assertThat(lines(read(get.body().getBytes(StandardCharsets.UTF_8)).getFirst(), version))
                .as(name).containsExactlyInAnyOrderElementsOf(lines(sent, version));
    }

    /** The card's content lines as ez-vcard writes them in the version, unfolded, less VERSION, UID and PRODID. */
    private static List<String> lines(VCard card, VCardVersion version) {
        String written = AddressBook.write(card, version).replace("\r\n ", "").replace("\r\n\t", "");
        return written.lines().filter(l -> !l.isBlank())
                .filter(l -> !Stream.of("VERSION:", "UID:", "PRODID:", "BEGIN:VCARD", "END:VCARD")
                        .anyMatch(p -> l.toUpperCase(Locale.ROOT).startsWith(p)))
                .toList();
    }

    /** The cards of a file, each as the file has it. */
    private static List<String> split(String file) {
        List<String> cards = new ArrayList<>();
        StringBuilder card = new StringBuilder();
        for (String line : file.split("\r?\n")) {
            if (line.toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD")) {
                card.setLength(0);
            }
            card.append(line).append("\r\n");
            if (line.toUpperCase(Locale.ROOT).startsWith("END:VCARD")) {
                cards.add(card.toString());
            }
        }
        return cards;
    }

    private static List<VCard> read(byte[] bytes) {
        try (VCardReader reader = new VCardReader(new String(bytes, StandardCharsets.UTF_8))) {
            reader.setDefaultQuotedPrintableCharset(StandardCharsets.UTF_8);
            return reader.readAll();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String sample) throws IOException {
        try (InputStream in = CardRoundTripTests.class.getResourceAsStream("/samples/vcard/" + sample)) {
            return in.readAllBytes();
        }
    }
}
