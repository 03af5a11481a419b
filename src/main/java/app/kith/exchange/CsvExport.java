package app.kith.exchange;

import app.kith.people.ContactInfo;
import app.kith.people.Relationship;
import app.kith.shared.AccountId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * One row per person. A cell that a spreadsheet would take for a formula (starting with =, +, -,
 * @, a tab or a carriage return) is written with a leading apostrophe, so opening the file runs nothing.
 */
@Component
class CsvExport {
    static final List<String> HEADER = List.of("id", "name", "nickname", "emails", "phones", "urls", "organization",
            "title", "birthday", "circle", "relationship", "trust", "bridge", "tags", "how we met", "notes");

    private final PeopleExport people;

    CsvExport(PeopleExport people) {
        this.people = people;
    }

    void write(AccountId account, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(HEADER);
            people.each(account, (p, job) -> {
                Relationship r = p.relationship();
                ContactInfo c = p.contact();
                try {
                    csv.printRecord(Arrays.asList(p.id(), p.name(), p.nickname(), String.join("; ", c.emails()),
                            String.join("; ", c.phones()), String.join("; ", c.urls()),
                            job == null ? "" : job.organizationName(), job == null ? "" : job.title(),
                            p.birthday(), r.circle().wire(), r.kind().wire(), r.trust().wire(), r.bridge().wire(),
                            String.join("; ", p.tags()), p.howWeMet(), p.notes()).stream()
                            .map(v -> neutralized(v == null ? "" : v.toString())).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String neutralized(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
