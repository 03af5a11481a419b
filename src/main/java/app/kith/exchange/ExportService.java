package app.kith.exchange;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.InvalidInputException;
import java.io.OutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange module's export API: everything a user put in, as lossless Kith JSON (re-importable
 * into an empty account), vCard 4.0 (3.0 on request) or CSV, streamed to the caller.
 */
@Service
public class ExportService {
    private final JsonExport json;
    private final VCardExport vcard;
    private final CsvExport csv;

    ExportService(JsonExport json, VCardExport vcard, CsvExport csv) {
        this.json = json;
        this.vcard = vcard;
        this.csv = csv;
    }

    /** The format named by the user, or a usage error naming the choices. */
    public static ExportFormat format(String name) {
        ExportFormat format = Choice.parse(ExportFormat.class, "format", name);
        if (format == null) {
            throw new InvalidInputException("format", "is required (" + Choice.choices(ExportFormat.class) + ")");
        }
        return format;
    }

    /** Checks a vCard version ({@code 4.0} or {@code 3.0}) before anything is written. */
    public static void checkVersion(String vcardVersion) {
        VCardExport.version(vcardVersion);
    }

    /** Writes the export; one read-only transaction, so it is a consistent picture even while others write. */
    @Transactional(readOnly = true)
    public void write(AccountId account, ExportFormat format, String vcardVersion, OutputStream out) {
        switch (format) {
            case JSON -> json.write(account, out);
            case VCARD -> vcard.write(account, VCardExport.version(vcardVersion), out);
            case CSV -> csv.write(account, out);
            case ICS -> throw new InvalidInputException("format", "ics exports arrive with the calendar");
        }
    }
}
