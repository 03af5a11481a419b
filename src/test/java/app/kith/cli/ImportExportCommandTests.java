package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ImportExportCommandTests {
    private static Cli cli;
    private static Path dir;

    @BeforeAll
    static void createAccount() throws IOException {
        cli = Cli.onSqlite();
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Sample Owner").exit()).isZero();
        dir = Files.createTempDirectory("kith-import");
    }

    private static Path sample(String path) throws IOException {
        Path file = dir.resolve(path.substring(path.lastIndexOf('/') + 1));
        try (InputStream in = ImportExportCommandTests.class.getResourceAsStream("/samples/" + path)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void importPrintsTheReportAndASecondImportCreatesNothing() throws IOException {
        String zip = sample("Basic_LinkedInDataExport_11-20-2026.zip").toString();

        Cli.Result dry = cli.run("import", "linkedin", zip, "--dry-run", "--json");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.json().get("created").asInt()).isEqualTo(7);
        assertThat(cli.run("people", "list", "--query", "Quinlan", "--json").json().size()).isZero();

        Cli.Result first = cli.run("import", "linkedin", zip, "--json");
        JsonNode report = first.json();
        assertThat(report.get("created").asInt()).isEqualTo(7);
        assertThat(report.get("updated").asInt()).isZero();
        assertThat(report.get("skipped").isNumber()).isTrue();
        assertThat(report.get("errors").isArray()).isTrue();

        Cli.Result second = cli.run("import", "linkedin", zip);
        assertThat(second.exit()).isZero();
        assertThat(second.out()).startsWith("Imported: 0 created, 0 updated");
        // How long the import itself took, apart from Java's start-up, for the person timing the whole command.
        assertThat(second.err()).containsPattern("Imported in \\d+\\.\\d\\d s");
        assertThat(dry.err()).containsPattern("Checked in \\d+\\.\\d\\d s");
        assertThat(cli.run("people", "list", "--query", "Quinlan", "--json").json().size()).isEqualTo(1);
    }

    @Test
    void aMalformedFileExits65WithFileAndLineAndAMissingOne66() throws IOException {
        Path bad = dir.resolve("broken.vcf");
        Files.writeString(bad, "BEGIN:VCARD\nVERSION:3.0\nFN:Nobody Ends\n", StandardCharsets.UTF_8);
        Cli.Result result = cli.run("import", "vcard", bad.toString());
        assertThat(result.exit()).isEqualTo(65);
        assertThat(result.err()).contains("broken.vcf:1: the vCard that begins here has no END:VCARD");
        assertThat(result.out()).isEmpty();
        assertThat(cli.run("people", "list", "--query", "Nobody", "--json").json().size()).isZero();

        assertThat(cli.run("import", "vcard", dir.resolve("missing.vcf").toString()).exit()).isEqualTo(66);
        assertThat(cli.run("import", "myspace", bad.toString()).exit()).isEqualTo(2);
    }

    @Test
    void exportsGoToAFileOrStandardOutputAndCsvCellsCannotBeFormulas() throws IOException {
        cli.run("people", "add", "=HYPERLINK(\"http://evil\")", "--email", "evil@example.com");
        Path out = dir.resolve("people.csv");

        assertThat(cli.run("export", "csv", "--out", out.toString()).exit()).isZero();
        String csv = Files.readString(out);
        assertThat(csv).startsWith("id,name,");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");

        Cli.Result vcard = cli.run("export", "vcard", "--version", "3.0");
        assertThat(vcard.exit()).as(vcard.err()).isZero();
        assertThat(vcard.out()).contains("VERSION:3.0").contains("FN:Sample Owner");
        assertThat(cli.run("export", "vcard").out()).contains("VERSION:4.0");
        assertThat(cli.run("export", "vcard", "--version", "2.1").exit()).isEqualTo(2);

        Cli.Result json = cli.run("export", "json");
        assertThat(json.json().get("format").asString()).isEqualTo("kith-export");
    }

    @Test
    void duplicatesAreListedAndMerged() {
        String a = cli.run("people", "add", "Twin Person", "--email", "twin@example.com").line();
        String b = cli.run("people", "add", "Twin P.", "--email", "TWIN@example.com").line();
        cli.run("log", b, "--kind", "coffee", "--date", "2024-02-02");

        JsonNode pairs = cli.run("people", "duplicates", "--json").json();
        assertThat(pairs.valueStream().anyMatch(p -> p.get("keepId").asString().equals(a)
                && p.get("otherId").asString().equals(b))).isTrue();

        Cli.Result merged = cli.run("people", "merge", a, b);
        assertThat(merged.exit()).as(merged.err()).isZero();
        assertThat(merged.line()).isEqualTo(a);
        assertThat(cli.run("people", "show", a, "--json").json().get("lastInteraction").asString())
                .isEqualTo("2024-02-02");
        assertThat(cli.run("people", "show", b).exit()).isEqualTo(1);
    }
}
