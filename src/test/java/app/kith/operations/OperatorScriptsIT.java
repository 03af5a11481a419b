package app.kith.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The operator's scripts, run as the README says, on the jar Maven has just packaged (so the launcher
 * does not build again): {@code ./cluster} and a short {@code ./soak}. They need nginx and PostgreSQL
 * (Debian's packages, which {@code .ci/run} installs); without them they fail, and so does this test.
 */
class OperatorScriptsIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void twoNodesBehindATlsProxyBehaveAsOne() throws Exception {
        Run run = run("cluster", List.of("./cluster"), 15);

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("two nodes behind TLS behave as one: all checks passed");
    }

    @Test
    void killsUnderMixedLoadLoseNoAcknowledgedWriteOnEitherDatabase() throws Exception {
        // A heavy client's pace (ten times the default per-token limit), against issue 19's 64 MB ceiling on the log.
        Run run = run("soak", List.of("./soak", "--minutes", "1", "--api-rate", "6000"), 15);

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("sqlite: 1 min", "postgresql: 1 min", "nothing lost", "passed");
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String name, List<String> command, int minutes) throws IOException, InterruptedException {
        Path log = Files.createDirectories(ROOT.resolve("target/failsafe-reports")).resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The packaged jar is fresh: training the launcher's ahead-of-time caches would only cost a minute.
        builder.environment().put("KITH_NO_AOT_CACHE", "1");
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
            return new Run(-1, "timed out after " + minutes + " min\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }
}
