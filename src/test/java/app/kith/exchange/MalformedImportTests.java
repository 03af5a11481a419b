package app.kith.exchange;

import static app.kith.exchange.Samples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.BadDataException;
import app.kith.testing.DatabaseTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A malformed file writes nothing and says FILE:LINE: reason. */
class MalformedImportTests {
    private static final String GOOD_ROWS = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Ada,Quinlan,,ada@example.com,Northwind,PM,03 Feb 2020\n";

    @DatabaseTest
    void anUnclosedQuoteNamesItsLineAndWritesNothing(ImportService imports, PeopleService people, AccountId account) {
        String csv = GOOD_ROWS + "Bob,Ng,,,\"Ng, Ortiz & Co,Partner,17 Aug 2018\nCara,Li,,,,,01 Jan 2020\n";
        assertThatThrownBy(() -> imports.run(account, ImportFormat.LINKEDIN, text("Connections.csv", csv),
                ImportOptions.of(false)))
                .isInstanceOfSatisfying(BadDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("Connections.csv");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("Connections.csv:3: a quoted value is never closed");
                });
        assertThat(people.keys(account)).hasSize(1);
    }

    @DatabaseTest
    void aVCardWithoutEndNamesTheLineItBeganOn(ImportService imports, PeopleService people, AccountId account) {
        String cards = "BEGIN:VCARD\nVERSION:3.0\nFN:Complete\nEND:VCARD\n\nBEGIN:VCARD\nVERSION:3.0\nFN:Cut off\n";
        assertThatThrownBy(() -> imports.run(account, ImportFormat.VCARD, text("contacts.vcf", cards),
                ImportOptions.of(false)))
                .isInstanceOf(BadDataException.class)
                .hasMessage("contacts.vcf:6: the vCard that begins here has no END:VCARD");
        assertThat(people.keys(account)).hasSize(1);
    }

    @DatabaseTest
    void aZipThatIsNotALinkedInExportIsRefused(ImportService imports, PeopleService people, AccountId account) {
        byte[] zip = zip("holiday.csv", "Place,Date\nRome,2024-05-01\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> imports.run(account, ImportFormat.LINKEDIN, ImportFile.of("photos.zip", zip),
                ImportOptions.of(false)))
                .isInstanceOf(BadDataException.class).hasMessageStartingWith("photos.zip:0: not a LinkedIn data export");
        assertThat(people.keys(account)).hasSize(1);
    }

    @DatabaseTest
    void aZipBombIsStoppedBeforeItUnpacks(ImportService imports, PeopleService people, AccountId account) {
        byte[] zeros = new byte[32 * 1024 * 1024];
        byte[] bomb = zip("Connections.csv", zeros);
        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> imports.run(account, ImportFormat.LINKEDIN, ImportFile.of("export.zip", bomb),
                ImportOptions.of(false)))
                .isInstanceOf(BadDataException.class).hasMessageContaining("zip bomb");
        assertThat(people.keys(account)).hasSize(1);
    }

    @DatabaseTest
    void aFileOverTheSizeLimitIsRefusedEvenWhenItsSizeWasNotGiven(ImportService imports, PeopleService people,
                                                                 AccountId account) {
        assertThatThrownBy(() -> imports.run(account, ImportFormat.VCARD,
                new ImportFile("huge.vcf", 200L * 1024 * 1024, () -> InputStream.nullInputStream()),
                ImportOptions.of(false)))
                .isInstanceOf(BadDataException.class).hasMessageStartingWith("huge.vcf:0: the file is larger than");
        // A stream that claims to be small but never ends is cut off at the limit as it is read.
        InputStream endless = new InputStream() {
            private final byte[] card = "BEGIN:VCARD\nVERSION:3.0\nFN:Again\nEND:VCARD\n".getBytes(StandardCharsets.UTF_8);
            private long i;

            @Override
            public int read() {
                return card[(int) (i++ % card.length)];
            }
        };
        assertThatThrownBy(() -> imports.run(account, ImportFormat.VCARD, new ImportFile("stream.vcf", 10, () -> endless),
                ImportOptions.of(false)))
                .isInstanceOf(BadDataException.class).hasMessageStartingWith("stream.vcf:0: the file is larger than");
        assertThat(people.keys(account)).hasSize(1);
    }

    @DatabaseTest
    void aBadRowLaterInABigFileUndoesEverythingBeforeIt(ImportService imports, PeopleService people,
                                                        AccountId account) {
        StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < 2500; i++) {
            csv.append("Person,Number ").append(i).append(",,p").append(i).append("@example.com,Co,Role,03 Feb 2020\n");
        }
        csv.append("Broken,\"Row,,,,,\n");
        assertThatThrownBy(() -> imports.run(account, ImportFormat.LINKEDIN, text("Connections.csv", csv.toString()),
                ImportOptions.of(false)))
                .isInstanceOfSatisfying(BadDataException.class, e -> assertThat(e.line()).isEqualTo(2502));
        assertThat(people.keys(account)).hasSize(1);
    }

    @DatabaseTest
    void textThatIsNoVCardOrNoKithExportIsRefused(ImportService imports, AccountId account) {
        assertThatThrownBy(() -> imports.run(account, ImportFormat.VCARD, text("notes.txt", "hello\n"),
                ImportOptions.of(false)))
                .isInstanceOf(BadDataException.class).hasMessage("notes.txt:1: expected BEGIN:VCARD, found 'hello'");
        assertThatThrownBy(() -> imports.run(account, ImportFormat.JSON, text("x.json", "{\n \"a\": [1,\n"),
                ImportOptions.of(false)))
                .isInstanceOf(BadDataException.class).hasMessageStartingWith("x.json:");
        assertThatThrownBy(() -> imports.run(account, ImportFormat.JSON, text("x.json", "{\"a\": 1}"),
                ImportOptions.of(false)))
                .isInstanceOf(BadDataException.class).hasMessageContaining("not a Kith JSON export");
    }

    @DatabaseTest
    void aRestoreWhoseIdsAreNotUuidsIsRefusedWhole(ImportService imports, PeopleService people, AccountId account) {
        String hostile = """
                {"format": "kith-export", "version": 1, "tables": {"people": [
                  {"id": "01a24704-51ee-7308-8d44-e23205bd0882", "display_name": "Fine"},
                  {"id": "x'\\"><svg/../../admin", "display_name": "Hostile"}]}}""";

        assertThatThrownBy(() -> imports.run(account, ImportFormat.JSON, text("evil.json", hostile),
                ImportOptions.of(false)))
                .isInstanceOf(BadDataException.class)
                .hasMessageStartingWith("evil.json:3: tables.people[1].id is not a Kith id");
        assertThat(people.keys(account)).hasSize(1);
    }

    static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
