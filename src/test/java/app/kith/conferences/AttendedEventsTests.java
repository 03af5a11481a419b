package app.kith.conferences;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.exchange.ImportFile;
import app.kith.exchange.ImportFormat;
import app.kith.exchange.ImportOptions;
import app.kith.exchange.ImportReport;
import app.kith.exchange.ImportService;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** LinkedIn's Events.csv fills the conferences you went to; a second import adds nothing. */
class AttendedEventsTests {
    private static final String EVENTS = """
            Event Name,Event Time,Status,External Url
            Nordic Product Summit 2025,2025-09-18 09:00:00 UTC - 2025-09-19 17:00:00 UTC,ATTENDING,https://example.com/summit
            """;

    @DatabaseTest
    void eventsBecomeEditionsYouWentToOnce(ImportService imports, ConferenceService conferences, AccountId account) {
        ImportFile file = ImportFile.of("Events.csv", EVENTS.getBytes(StandardCharsets.UTF_8));

        ImportReport dryRun = imports.run(account, ImportFormat.LINKEDIN, file, ImportOptions.of(true));
        assertThat(dryRun.notes()).contains("1 of 1 attended event(s) added to the calendar");
        assertThat(conferences.list(account)).isEmpty();

        imports.run(account, ImportFormat.LINKEDIN, file, ImportOptions.of(false));
        Series series = conferences.find(account, "Nordic Product Summit");
        Edition edition = conferences.page(account, series.id()).editions().getFirst();
        assertThat(edition.year()).isEqualTo(2025);
        assertThat(edition.startsOn()).isEqualTo(LocalDate.of(2025, 9, 18));
        assertThat(edition.endsOn()).isEqualTo(LocalDate.of(2025, 9, 19));
        assertThat(edition.attendees()).singleElement().satisfies(a -> {
            assertThat(a.self()).isTrue();
            assertThat(a.status()).isEqualTo(AttendanceStatus.WENT);
        });

        ImportReport again = imports.run(account, ImportFormat.LINKEDIN, file, ImportOptions.of(false));
        assertThat(again.notes()).contains("0 of 1 attended event(s) added to the calendar");
        assertThat(conferences.list(account)).hasSize(1);
    }
}
