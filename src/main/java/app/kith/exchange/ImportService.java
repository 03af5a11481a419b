package app.kith.exchange;

import app.kith.shared.AccountId;
import app.kith.shared.BadDataException;
import app.kith.shared.Choice;
import app.kith.shared.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange module's import API, the same for the CLI, the API and the web pages: read a file
 * in one of the formats of SPEC 4.1, match it against the account's people, and apply it in one
 * transaction, or with a dry run report exactly what would happen. A malformed file changes nothing
 * and is reported as {@code FILE:LINE: reason} ({@link BadDataException}).
 */
@Service
public class ImportService {
    private final ImportContext kith;
    private final JsonRestore json;
    private final long maxBytes;

    ImportService(ImportContext kith, JsonRestore json,
                  @Value("${kith.import.max-bytes:104857600}") long maxBytes) {
        this.kith = kith;
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /** The format named by the user ({@code linkedin}, {@code google}, ...), or a usage error naming the choices. */
    public static ImportFormat format(String name) {
        ImportFormat format = Choice.parse(ImportFormat.class, "format", name);
        if (format == null) {
            throw new InvalidInputException("format", "is required (" + Choice.choices(ImportFormat.class) + ")");
        }
        return format;
    }

    /** Imports the file (or, with {@code options.dryRun()}, only plans it) and says what it did. */
    @Transactional
    public ImportReport run(AccountId account, ImportFormat format, ImportFile file, ImportOptions options) {
        if (file.size() > maxBytes) {
            throw new BadDataException(file.name(), 0, "the file is larger than " + maxBytes / (1024 * 1024)
                    + " MB, the most Kith imports at once");
        }
        if (format == ImportFormat.ICS) {
            throw new InvalidInputException("format", "ics imports arrive with the calendar; this version reads "
                    + "linkedin, google, outlook, vcard and json");
        }
        try (InputStream raw = file.opener().open();
             LimitedInput in = new LimitedInput(raw, file.name(), maxBytes, file.size(), options.progress())) {
            if (format == ImportFormat.JSON) {
                return json.restore(account, file.name(), in, options.dryRun());
            }
            Importer importer = new Importer(account, kith, options.dryRun());
            String selfName = kith.people().get(account, "self").name();
            ReadAhead.run(out -> read(format, file.name(), in, options, out, selfName),
                    person -> RowKeys.of(person, kith.contacts()), importer);
            if (options.progress() != null) {
                options.progress().read(file.size(), file.size());
            }
            return importer.finish(format.wire(), file.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the file, handing what it reads to {@code importer}: everything an import does that does not
     * need the database (the parser fuzz tests call it directly).
     */
    static void read(ImportFormat format, String name, LimitedInput in, ImportOptions options,
                     Consumer<Imported> importer, String selfName) throws IOException {
        switch (format) {
            case VCARD -> VCardParser.parse(name, in, importer);
            case GOOGLE -> AddressBookCsvParser.google(name, ZipEntries.readAll(in), importer);
            case OUTLOOK -> AddressBookCsvParser.outlook(name, ZipEntries.readAll(in), importer);
            case LINKEDIN -> {
                BufferedInputStream buffered = new BufferedInputStream(in);
                buffered.mark(8);
                byte[] head = buffered.readNBytes(4);
                buffered.reset();
                List<LinkedInParser.Entry> entries = ZipEntries.isZip(head)
                        ? ZipEntries.csvFiles(name, buffered, in::bytesRead)
                        : List.of(new LinkedInParser.Entry(name, buffered.readAllBytes()));
                new LinkedInParser(options.messageBodies(), selfName).parse(name, entries, importer);
            }
            case ICS, JSON -> throw new IllegalStateException("handled before");
        }
    }
}
