package app.kith.exchange;

import app.kith.organizations.YearOrDate;
import app.kith.people.Birthday;
import app.kith.shared.InvalidInputException;
import app.kith.shared.KithException;
import app.kith.shared.Text;
import app.kith.testing.BadDataOnly;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The import parsers, fed any bytes: each file is read the way {@link ImportService} reads it, with
 * no database, and must either be read or be refused as {@code FILE:LINE: reason}
 * ({@link BadDataOnly}). What a parser hands on must also be usable by the importer: the values it
 * dereferences are there, and job dates fail only as Kith's own errors, which it reports.
 *
 * <p>Every run replays the inputs under {@code src/test/resources/app/kith/exchange/ImportParsersFuzzTestsInputs/}
 * (the samples, and every input that once failed); {@code ./fuzz} searches for new ones.
 */
class ImportParsersFuzzTests {
    private static final long LIMIT = 100L * 1024 * 1024;

    /** A LinkedIn export: the zip, or one of its CSV files, told apart by the header (the name says nothing). */
    @FuzzTest(maxDuration = "30s")
    void linkedin(byte[] file) {
        read(ImportFormat.LINKEDIN, "export.csv", file);
    }

    @FuzzTest(maxDuration = "30s")
    void vcard(byte[] file) {
        read(ImportFormat.VCARD, "contacts.vcf", file);
    }

    @FuzzTest(maxDuration = "30s")
    void google(byte[] file) {
        read(ImportFormat.GOOGLE, "google.csv", file);
    }

    @FuzzTest(maxDuration = "30s")
    void outlook(byte[] file) {
        read(ImportFormat.OUTLOOK, "outlook.csv", file);
    }

    private static void read(ImportFormat format, String name, byte[] bytes) {
        BadDataOnly.check(name, () -> {
            LimitedInput in = new LimitedInput(new ByteArrayInputStream(bytes), name, LIMIT, bytes.length, null);
            ImportService.read(format, name, in, new ImportOptions(true, true, null), usable(name), "Test Owner");
        });
    }

    /** Checks each thing read as the importer would use it, short of the database. */
    private static Consumer<Imported> usable(String name) {
        return item -> {
            check(item.file() != null && item.file().startsWith(name), item, "names another file");
            check(item.line() >= 0, item, "has a negative line");
            switch (item) {
                case Imported.Person p -> person(p);
                case Imported.Touch t -> {
                    person(t.who());
                    check(t.kind() != null && t.direction() != null && t.date() != null, t, "lacks kind, direction or date");
                    Clean.clip(t.notes(), 20000);
                }
                case Imported.OwnJob j -> job(j, j.job());
                case Imported.OwnBirthday b -> birthday(b, b.birthday());
                case Imported.Event e -> Objects.hash(e.name(), e.start(), e.end(), e.status(), e.url());
                case Imported.Problem p -> check(p.message() != null && !p.message().isBlank(), p, "says nothing");
            }
        };
    }

    private static void person(Imported.Person p) {
        check(p.name() != null && !p.name().isBlank(), p, "is a person without a name");
        Text.fold(p.name());
        Clean.clip(p.name(), 200);
        for (List<?> values : List.of(p.emails(), p.phones(), p.urls(), p.addresses(), p.jobs(), p.tags())) {
            check(values != null && values.stream().allMatch(Objects::nonNull), p, "has a missing list or value");
        }
        p.jobs().forEach(job -> job(p, job));
        if (p.birthday() != null) {
            birthday(p, p.birthday());
        }
        p.tags().forEach(tag -> Text.fold(Clean.words(tag)));
    }

    private static void job(Imported at, Imported.Job job) {
        check(job.organization() != null && job.role() != null, at, "has a job without organization or role");
        Text.fold(Clean.clip(job.organization(), 200));
        for (String when : new String[] {job.start(), job.end()}) {
            try {
                YearOrDate.parse("start", when);
            } catch (KithException e) {
                // The importer reports it and leaves the date out.
            }
        }
    }

    /** The importer writes a birthday as it is read: it must be one Kith holds. */
    private static void birthday(Imported at, String birthday) {
        try {
            check(Birthday.parse(birthday) != null, at, "has a blank birthday");
        } catch (InvalidInputException e) {
            throw new AssertionError(at.file() + ":" + at.line() + ": the birthday read, '" + birthday
                    + "', is one Kith cannot hold", e);
        }
    }

    private static void check(boolean ok, Imported item, String what) {
        if (!ok) {
            throw new AssertionError(item.file() + ":" + item.line() + ": what the parser read " + what + ": " + item);
        }
    }
}
