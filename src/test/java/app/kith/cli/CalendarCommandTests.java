package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.calendar.CalendarService;
import app.kith.testing.GeneratedFiles;
import app.kith.testing.TestDatabases;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CalendarCommandTests {
    private static Cli cli;

    @BeforeAll
    static void createAccount() {
        cli = Cli.onSqlite();
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Mia Owner").exit()).isZero();
    }

    private static Path fixture(String name) throws Exception {
        Path file = TestDatabases.tempDir().resolve(name);
        try (var in = CalendarCommandTests.class.getResourceAsStream("/ics/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void eventsAddPrintsTheIdAndListShowsTheRangeWithBirthdays() {
        String ann = cli.run("people", "add", "Ann Example", "--birthday", "--04-12").line();

        Cli.Result added = cli.run("events", "add", "--kind", "dinner", "--date", "2026-04-10", "--person", ann);
        Cli.Result list = cli.run("events", "list", "--from", "2026-04-01", "--to", "2026-04-30");
        Cli.Result json = cli.run("events", "list", "--from", "2026-04-01", "--to", "2026-04-30", "--json");

        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.line()).matches("[0-9a-f-]{36}");
        assertThat(list.out()).contains("2026-04-10  dinner    Dinner with Ann Example", "2026-04-12  birthday  Ann Example's birthday");
        List<String> titles = json.json().valueStream().map(e -> e.get("title").asString()).toList();
        assertThat(titles).containsExactly("Dinner with Ann Example", "Ann Example's birthday");
    }

    @Test
    void eventsListPrintsEveryEntryOfABusyDayAPageAtATimeOrTheFirstFewWithLimit() throws Exception {
        Path busy = TestDatabases.tempDir().resolve("busy.ics");
        Files.writeString(busy, GeneratedFiles.busyDay(LocalDate.of(2024, 3, 5), 1500, LocalDate.of(2024, 3, 5), 0));
        assertThat(cli.run("import", "ics", busy.toString()).exit()).isZero();

        Cli.Result json = cli.run("events", "list", "--from", "2024-03-05", "--to", "2024-03-05", "--json");
        Cli.Result table = cli.run("events", "list", "--from", "2024-03-05", "--to", "2024-03-05");
        Cli.Result few = cli.run("events", "list", "--from", "2024-03-05", "--to", "2024-03-05", "--limit", "10");

        assertThat(json.exit()).as(json.err()).isZero();
        List<String> ids = json.json().valueStream().map(e -> e.get("id").asString()).toList();
        assertThat(ids).as("more than a page of %d", CalendarService.MAX_LIMIT).hasSize(1500).doesNotHaveDuplicates();
        assertThat(table.out().lines()).hasSize(1 + 1500).first().asString().startsWith("DATE");
        assertThat(few.out().lines()).hasSize(1 + 10);
        assertThat(cli.run("events", "list", "--limit", "0").exit()).isEqualTo(2);
    }

    @Test
    void eventsAddRefusesBadValuesWithTheOptionName() {
        Cli.Result bad = cli.run("events", "add", "--kind", "party", "--date", "2026-01-01");
        Cli.Result badDate = cli.run("events", "add", "--kind", "dinner", "--date", "tomorrow");
        Cli.Result unknown = cli.run("events", "add", "--kind", "dinner", "--date", "2026-01-01", "--person",
                "01234567-89ab-7def-8123-456789abcdef");

        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--kind");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("--date");
        assertThat(unknown.exit()).isEqualTo(1);
    }

    @Test
    void conferenceAddAndAttendForYouAndForPeople() {
        String cy = cli.run("people", "add", "Cy Coder").line();

        Cli.Result added = cli.run("conference", "add", "RubyConf", "--month", "11");
        Cli.Result me = cli.run("conference", "attend", "rubyconf", "2024", "--status", "went");
        Cli.Result them = cli.run("conference", "attend", "RubyConf", "2024", "--person", cy, "--json");

        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(me.exit()).as(me.err()).isZero();
        JsonNode edition = them.json();
        assertThat(edition.get("year").asInt()).isEqualTo(2024);
        assertThat(edition.get("attendees").valueStream().map(a -> a.get("name").asString()).toList())
                .containsExactly("Mia Owner", "Cy Coder");
        assertThat(cli.run("conference", "attend", "NoSuchConf", "2024").exit()).isEqualTo(1);
        assertThat(cli.run("conference", "add", "RUBYCONF").exit()).isEqualTo(1);
    }

    @Test
    void cardsAddListAndPrintAPdfWithEachCardAndAddress() throws Exception {
        String zoe = cli.run("people", "add", "Zoë Ærø").line();

        Cli.Result added = cli.run("cards", "add", zoe, "--occasion", "Thank you for the tea", "--by", "2026-02-01");
        Cli.Result list = cli.run("cards", "list", "--json");
        Path pdf = TestDatabases.tempDir().resolve("cards.pdf");
        Cli.Result printed = cli.run("cards", "print", "--out", pdf.toString());

        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(list.json().valueStream().map(c -> c.get("occasion").asString()).toList())
                .contains("Thank you for the tea");
        assertThat(printed.exit()).as(printed.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Thank you for the tea", "Zoë Ærø");
        }
        assertThat(cli.run("cards", "mark", added.line(), "mailed").exit()).isZero();
        assertThat(cli.run("cards", "add", zoe).exit()).as("--occasion is required").isEqualTo(2);
    }

    @Test
    void exportIcsParsesWithAnIndependentParser() throws Exception {
        cli.run("people", "add", "Bea Brandt", "--birthday", "1985-03-20");
        cli.run("events", "add", "--kind", "reminder", "--date", "2026-03-01", "--title", "Renew, the; passport");

        Cli.Result stdout = cli.run("export", "ics");
        Path file = TestDatabases.tempDir().resolve("kith.ics");
        Cli.Result toFile = cli.run("export", "ics", "--out", file.toString());

        assertThat(stdout.exit()).as(stdout.err()).isZero();
        assertThat(toFile.exit()).isZero();
        assertThat(withoutStamps(Files.readString(file, StandardCharsets.UTF_8))).isEqualTo(withoutStamps(stdout.out()));
        Calendar calendar = new CalendarBuilder().build(new StringReader(stdout.out()));
        calendar.validate();
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()))
                .contains("Bea Brandt's birthday", "Renew, the; passport");
    }

    private static String withoutStamps(String ics) {
        return ics.replaceAll("DTSTAMP:\\d{8}T\\d{6}Z", "DTSTAMP");
    }

    @Test
    void importIcsCountsAndReportsBadFilesByLineWithExit65AndMissingOnesWith66() throws Exception {
        Path events = fixture("events.ics");
        Cli.Result imported = cli.run("import", "ics", events.toString(), "--json");
        Cli.Result again = cli.run("import", "ics", events.toString(), "--dry-run", "--json");
        Path bad = fixture("interval-zero.ics");
        Cli.Result broken = cli.run("import", "ics", bad.toString());
        Cli.Result missing = cli.run("import", "ics", "/no/such/file.ics");

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.json().get("created").asInt()).isEqualTo(8);
        assertThat(imported.json().get("errors").isArray()).isTrue();
        assertThat(again.json().get("updated").asInt()).isEqualTo(8);
        assertThat(broken.exit()).isEqualTo(65);
        assertThat(broken.err().strip()).startsWith(bad + ":12: RRULE INTERVAL");
        assertThat(broken.out()).isEmpty();
        assertThat(cli.run("events", "list", "--from", "2025-01-01", "--to", "2025-01-31").out())
                .doesNotContain("Interval zero").doesNotContain("Fine");
        assertThat(missing.exit()).isEqualTo(66);
        assertThat(cli.run("import").exit()).isEqualTo(2);
    }

    @Test
    void anIcsFileWithBytesThatAreNotUtf8IsReadAsTheApiReadsIt() throws Exception {
        Path latin1 = TestDatabases.tempDir().resolve("latin1.ics");
        Files.write(latin1, ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:latin1@example.com\r\n"
                + "DTSTART;VALUE=DATE:20250320\r\nSUMMARY:Caf\u00e9 with Zo\u00e9\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        Cli.Result imported = cli.run("import", "ics", latin1.toString());

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(cli.run("events", "list", "--from", "2025-03-20", "--to", "2025-03-20").out())
                .contains("Caf\ufffd with Zo\ufffd");
    }
}
