package app.kith.exchange;

import app.kith.testing.BadDataOnly;
import app.kith.testing.DryRunAccount;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Restoring a Kith JSON export, fed any bytes as a dry run into an empty account on SQLite: every
 * row is written and then rolled back, so the database's own checks take part. It must either work
 * or refuse the file as {@code FILE:LINE: reason} ({@link BadDataOnly}).
 *
 * <p>Every run replays the inputs under {@code src/test/resources/app/kith/exchange/JsonRestoreFuzzTestsInputs/};
 * {@code ./fuzz json} searches for new ones.
 */
class JsonRestoreFuzzTests {

    @FuzzTest(maxDuration = "30s")
    void json(byte[] file) {
        DryRunAccount account = DryRunAccount.onSqlite();
        BadDataOnly.check("kith.json", () -> account.bean(ImportService.class).run(account.id(), ImportFormat.JSON,
                ImportFile.of("kith.json", file), ImportOptions.of(true)));
    }
}
