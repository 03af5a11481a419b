package app.kith.calendar;

import app.kith.testing.BadDataOnly;
import app.kith.testing.DryRunAccount;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The iCalendar import, fed any bytes as a dry run into an empty account on SQLite: read, planned
 * and checked event by event as a real import is, writing nothing. It must either work or refuse
 * the file as {@code FILE:LINE: reason} ({@link BadDataOnly}). The bytes are decoded as the CLI
 * and the API decode them.
 *
 * <p>Every run replays the inputs under {@code src/test/resources/app/kith/calendar/IcsImportFuzzTestsInputs/};
 * {@code ./fuzz ics} searches for new ones.
 */
class IcsImportFuzzTests {

    @FuzzTest(maxDuration = "30s")
    void ics(byte[] file) {
        DryRunAccount account = DryRunAccount.onSqlite();
        BadDataOnly.check("calendar.ics", () -> account.bean(IcsImport.class).importFile(account.id(), "calendar.ics",
                new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8), true));
    }
}
