package app.kith.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.people.PeopleFilter;
import app.kith.people.PeopleService;
import app.kith.people.PersonSummary;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.storage.IdFilter;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.GeneratedFiles;
import app.kith.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import's writes cost the database, counted in statements on both databases (issue 13): each
 * new person's row is written once, whole, with the search entry and last touch it ends up with (on
 * PostgreSQL an update writes the row and every index entry again), and the entries are read back
 * before the commit in one pass, not one read of each table per 500 people (each a scan of the whole
 * table on PostgreSQL). Their address book cards are inserted, as new rows, not upserted.
 */
class ImportWritesTests {
    private static final int ROWS = IdFilter.ONE_PASS_ABOVE + 500;

    @DatabaseTest
    void anImportWritesEachNewPersonOnceAndReadsTheirEntriesBackInOnePass(TestDatabases.Vendor vendor,
                                                                          ImportService imports, PeopleService people,
                                                                          AccountId account) {
        List<String> seen = new ArrayList<>();
        DatabaseWork.statements(vendor, true, seen::add, () -> {
            ImportReport report = imports.run(account, ImportFormat.LINKEDIN,
                    ImportFile.of("Connections.csv", GeneratedFiles.connections(ROWS)), ImportOptions.of(false));
            assertThat(report.created()).isEqualTo(ROWS);
            assertThat(report.affiliations()).isPositive();
        });

        assertThat(seen).as("no new person's search entry or last touch is written again before the commit")
                .noneMatch(sql -> sql.contains("people_search_docs") || sql.contains("people_last_touches")
                        || sql.matches("(?s)\\s*UPDATE people SET.*"));
        assertThat(seen).as("new people's address book cards are inserted, not upserted")
                .noneMatch(sql -> sql.startsWith("INSERT INTO dav_cards") && sql.contains("ON CONFLICT"));
        // Old: one read of each per 500 new people (five here), besides the importer's own reads of its account.
        assertThat(seen).filteredOn(sql -> sql.startsWith("SELECT person_id, kind, value, normalized FROM contact_points"))
                .as("the new people's contact points are read back for their entries in one pass")
                .hasSizeLessThanOrEqualTo(2).anyMatch(sql -> !sql.contains(" IN ("));
        assertThat(seen).filteredOn(sql -> sql.startsWith("SELECT a.person_id, o.name, a.title FROM affiliations"))
                .as("their organizations and titles too").hasSizeLessThanOrEqualTo(2).anyMatch(sql -> !sql.contains(" IN ("));
        assertThat(seen).filteredOn(sql -> sql.startsWith("SELECT id, display_name, nickname FROM people"))
                .as("and their names").hasSizeLessThanOrEqualTo(2).anyMatch(sql -> !sql.contains(" IN ("));

        // The entries written with the rows are the ones search reads: by organization and title.
        Page<PersonSummary> found = people.list(account, new PeopleFilter("rosa company 17 role 17", null, null, null, null,
                null), Page.Request.of(0, 20));
        assertThat(found.items()).extracting(PersonSummary::name).contains("Rosa Quinlan 17");
    }
}
