package app.kith.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.GeneratedFiles;
import app.kith.testing.TestDatabases;

/**
 * An import's cost grows with the file, not with the file times the network: the work the database
 * does per row (counted, not timed) must not grow from 2,000 rows to 8,000, even with statistics
 * gathered when the database was new, which once made SQLite scan every person for each row written
 * and PostgreSQL's foreign-key checks read every person of the account.
 */
class ImportScalingTests {

    @DatabaseTest
    void importWorkPerRowDoesNotGrowWithTheFile(ImportService imports, TestDatabases.Vendor vendor,
                                                AccountId small, AccountId large) {
        double growth = DatabaseWork.growthPerUnit(vendor, 2_000, 8_000, rows -> {
            ImportReport report = imports.run(rows == 2_000 ? small : large, ImportFormat.LINKEDIN,
                    ImportFile.of("Connections.csv", GeneratedFiles.connections(rows)), ImportOptions.of(false));
            assertThat(report.created()).isEqualTo(rows);
        });

        assertThat(growth).isLessThan(1.5);
    }
}
