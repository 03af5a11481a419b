package app.kith.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.organizations.Affiliation;
import app.kith.organizations.OrganizationService;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exchange module on its own, with the modules it writes to and reads from (people,
 * organizations, interactions): an import is planned, done and matched on the next run, and the
 * exports carry what came in. No conferences module is booted, so imports have no event sink.
 */
class ExchangeModuleTests {
    private static final String CARDS = """
            BEGIN:VCARD\r
            VERSION:3.0\r
            FN:Ada Aalto\r
            N:Aalto;Ada;;;\r
            EMAIL;TYPE=INTERNET:ada@example.com\r
            ORG:Fjord Labs\r
            TITLE:CTO\r
            END:VCARD\r
            BEGIN:VCARD\r
            VERSION:3.0\r
            FN:Ben Berg\r
            N:Berg;Ben;;;\r
            TEL;TYPE=CELL:+47 22 33 44 55\r
            END:VCARD\r
            """;

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "exchange", "interactions", "organizations", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        ImportService imports;
        @Autowired
        ExportService exports;
        @Autowired
        OrganizationService organizations;

        @Test
        void aVCardImportIsPlannedThenDoneThenMatchedOnTheNextRun() {
            ImportReport planned = importCards(true);
            assertThat(names(account)).as("a dry run writes nothing").isEmpty();

            ImportReport done = importCards(false);
            ImportReport again = importCards(false);

            assertThat(List.of(planned.created(), planned.affiliations())).containsExactly(2, 1);
            assertThat(List.of(done.created(), done.affiliations())).containsExactly(2, 1);
            assertThat(again.created()).as("the same cards are matched, not added").isZero();
            assertThat(names(account)).containsExactly("Ada Aalto", "Ben Berg");
            String ada = people.withEmail(account, "ada@example.com").getFirst();
            assertThat(organizations.affiliationsOf(account, ada)).extracting(Affiliation::organizationName,
                    Affiliation::title).containsExactly(tuple("Fjord Labs", "CTO"));
        }

        @Test
        void theExportsCarryWhatWasImported() {
            importCards(false);

            assertThat(export(ExportFormat.CSV)).contains("Ada Aalto", "ada@example.com", "Fjord Labs", "Ben Berg");
            assertThat(export(ExportFormat.VCARD)).contains("FN:Ben Berg", "ORG:Fjord Labs", "TITLE:CTO");
        }

        private ImportReport importCards(boolean dryRun) {
            return imports.run(account, ImportFormat.VCARD,
                    ImportFile.of("contacts.vcf", CARDS.getBytes(StandardCharsets.UTF_8)), ImportOptions.of(dryRun));
        }

        private String export(ExportFormat format) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exports.write(account, format, null, out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
