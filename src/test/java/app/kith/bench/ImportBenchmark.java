package app.kith.bench;

import app.kith.accounts.AccountService;
import app.kith.exchange.ImportFile;
import app.kith.exchange.ImportFormat;
import app.kith.exchange.ImportOptions;
import app.kith.exchange.ImportReport;
import app.kith.exchange.ImportService;
import app.kith.shared.AccountId;
import app.kith.testing.GeneratedFiles;
import app.kith.testing.TestDatabases;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's targets, on SQLite: a generated 30,000-row LinkedIn Connections.csv imported inside the
 * application (JVM start excluded, the import's own JIT warm-up included) against raw JDBC batches of
 * the same rows, its re-import, the same file once more into a second account with the JVM warmed up
 * (for comparison, no target), and a 100,000-card vCard file imported with the heap the JVM was given ({@code -Dbench.argLine=-Xmx256m}).
 * Run with {@code ./mvnw test -Dtest=ImportBenchmark -Dbench.argLine=-Xmx256m}; writes
 * {@code target/bench/imports.md}.
 */
class ImportBenchmark {
    @Test
    void run() throws Exception {
        int rows = Integer.getInteger("kith.bench.connections", 30_000);
        int cards = Integer.getInteger("kith.bench.cards", 100_000);
        byte[] csv = GeneratedFiles.connections(rows);
        Path data = TestDatabases.tempDir();
        StringBuilder md = new StringBuilder("## Imports (issue 5), SQLite\n\n")
                .append("JVM: ").append(Runtime.version()).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores\n\n")
                .append("| figure | target | measured |\n|---|---|---:|\n");
        String load = load();
        try (BenchDatabase db = BenchDatabase.sqlite(data)) {
            ImportService imports = db.bean(ImportService.class);
            AccountId account = db.bean(AccountService.class).create("bench@example.com", "Bench Owner", null).id();
            long before;
            try (Connection c = db.connect()) {
                before = RawInsert.count(c, account.value());
            }
            Cost firstCost = Cost.start();
            ImportReport first = imports.run(account, ImportFormat.LINKEDIN, ImportFile.of("Connections.csv", csv),
                    ImportOptions.of(false));
            firstCost = firstCost.end();
            long firstNanos = firstCost.nanos();
            log("first import " + ms(firstNanos) + ": " + first.created() + " created, " + first.interactions()
                    + " interactions, " + first.affiliations() + " affiliations");
            long written;
            List<RawInsert.Table> tables;
            try (Connection c = db.connect()) {
                written = RawInsert.count(c, account.value()) - before;
                tables = RawInsert.read(c, account.value());
            }
            long rawNanos;
            Path rawData = TestDatabases.tempDir();
            try (BenchDatabase raw = BenchDatabase.sqlite(rawData); Connection c = raw.connect()) {
                rawNanos = RawInsert.write(c, tables);
            }
            long rawRows = RawInsert.rows(tables);
            tables = null;
            Cost secondCost = Cost.start();
            ImportReport second = imports.run(account, ImportFormat.LINKEDIN, ImportFile.of("Connections.csv", csv),
                    ImportOptions.of(false));
            secondCost = secondCost.end();
            log("re-import " + ms(secondCost.nanos()) + ": " + second.created() + " created, " + second.skipped()
                    + " skipped");
            AccountId warm = db.bean(AccountService.class).create("warm@example.com", "Warm Owner", null).id();
            Cost warmCost = Cost.start();
            ImportReport again = imports.run(warm, ImportFormat.LINKEDIN, ImportFile.of("Connections.csv", csv),
                    ImportOptions.of(false));
            warmCost = warmCost.end();
            log("into another account " + ms(warmCost.nanos()) + ": " + again.created() + " created");
            double importRate = written / (firstNanos / 1e9);
            double rawRate = rawRows / (rawNanos / 1e9);
            md.append(row("30,000-row Connections.csv, first import in a fresh JVM (" + first.created() + " people, "
                    + written + " rows)", "< 3 s", firstCost.toString()));
            md.append(row("load average before / after", "", load + " / " + load()));
            md.append(row("its rows per second vs raw JDBC batches of the same rows", ">= 1/3",
                    "%,.0f vs %,.0f (%.2f)".formatted(importRate, rawRate, importRate / rawRate)));
            md.append(row("re-import of the same file (" + second.created() + " created, " + second.skipped()
                    + " skipped)", "<= first import", secondCost.toString()));
            md.append(row("the same file into a second account, the JVM warmed up (" + again.created()
                    + " people)", "", warmCost.toString()));

            Path vcf = data.resolve("contacts.vcf");
            GeneratedFiles.vcards(vcf, cards);
            AccountId other = db.bean(AccountService.class).create("cards@example.com", "Card Owner", null).id();
            System.gc();
            resetPeaks();
            Cost cardCost = Cost.start();
            ImportReport vcards = imports.run(other, ImportFormat.VCARD, ImportFile.of(vcf), ImportOptions.of(false));
            cardCost = cardCost.end();
            long peak = heapPeak();
            log(cards + " cards in " + ms(cardCost.nanos()) + ", old-generation peak " + peak / (1024 * 1024) + " MiB");
            md.append(row("%,d-card vCard file (%,d MiB), streamed: %,d created".formatted(cards,
                    Files.size(vcf) / (1024 * 1024), vcards.created()), "bounded heap",
                    cardCost + ", old-generation peak " + peak / (1024 * 1024) + " MiB, max heap "
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB"));
        }
        Path out = Path.of("target/bench/imports.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.err.println(md);
    }

    /**
     * What one import cost: wall time; CPU time of the importing thread (on a machine shared with other
     * work, what the import itself cost apart from waiting for a core) and of the whole JVM, which
     * adds the thread that reads the file ahead of it, the JIT compilers and the collector; and the
     * time the application was stopped for garbage collection. And how long the importing thread was
     * ready to run but waited for a core (Linux's run-queue delay): on two cores it shares them with
     * the reading thread, the JIT compilers and the collector, and on a busy host with other machines.
     */
    private record Cost(long nanos, long threadCpu, long processCpu, long gcMillis, long waitedForCore) {

        static Cost start() {
            return new Cost(System.nanoTime(), threadNow(), processNow(), gcPauses(), runQueueDelay());
        }

        Cost end() {
            return new Cost(System.nanoTime() - nanos, threadNow() - threadCpu, processNow() - processCpu,
                    gcPauses() - gcMillis, runQueueDelay() - waitedForCore);
        }

        @Override
        public String toString() {
            return ms(nanos) + " (" + ms(threadCpu) + " CPU in the importing thread, " + ms(processCpu)
                    + " in all threads; GC pauses " + ms(gcMillis * 1_000_000) + "; the thread waited "
                    + ms(waitedForCore) + " for a core)";
        }

        /** Nanoseconds this thread has spent runnable but not running ({@code /proc/thread-self/schedstat}). */
        private static long runQueueDelay() {
            try {
                return Long.parseLong(Files.readString(Path.of("/proc/thread-self/schedstat")).split(" ")[1]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        private static long threadNow() {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        private static long processNow() {
            return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /** Pause times: G1's young and old collections (its concurrent cycles run beside the application). */
        private static long gcPauses() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .filter(b -> !b.getName().contains("Concurrent")).mapToLong(b -> b.getCollectionTime()).sum();
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The old generation's peak: what the import kept alive across collections. (Adding every heap
     * pool's own peak would count the young generation's churn many times over.)
     */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String row(String figure, String target, String measured) {
        return "| " + figure + " | " + target + " | " + measured + " |\n";
    }

    private static String ms(long nanos) {
        return "%.2f s".formatted(nanos / 1e9);
    }

    private static void log(String line) {
        System.err.println("[bench] " + line);
    }

}
