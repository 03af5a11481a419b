package app.kith.dav;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The independent DAV clients the sync tests drive: Debian's vdirsyncer and the Python caldav
 * library. Without them the tests are skipped on a developer's machine but FAIL in CI
 * ({@code CI=true}), where {@code .ci/run} installs them.
 */
final class Tools {
    static final Path VDIRSYNCER = Path.of("/usr/bin/vdirsyncer");
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path CALDAV = Path.of("/usr/lib/python3/dist-packages/caldav");

    private Tools() {
    }

    static void need(Path tool, String install) {
        if (!Files.exists(tool)) {
            String missing = tool + " is needed (" + install + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(missing);
            }
            Assumptions.abort(missing);
        }
    }
}
