package app.kith.bench;

import app.kith.accounts.AccountService;
import app.kith.devseed.SeedReport;
import app.kith.devseed.SeedService;
import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.insights.CommonGroundService;
import app.kith.insights.PathService;
import app.kith.insights.TodayService;
import java.time.LocalDate;
import app.kith.people.PeopleFilter;
import app.kith.people.PeopleService;
import app.kith.people.PersonSummary;
import app.kith.people.Tag;
import app.kith.people.TagService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.shared.Text;
import app.kith.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An in-process micro-benchmark (issue 2), a diagnosis aid beside {@code ./bench}'s figures of record:
 * seeds 30,000 people and 300,000 interactions into a fresh SQLite database and into PostgreSQL,
 * measures people search, person page and filtered list latency and the seed's insert rate against
 * raw JDBC batches inside one JVM, and writes {@code target/bench/in-process/kith.md}. Run it with
 * {@code ./bench --in-process}; the normal test run leaves it out (surefire excludes {@code *Benchmark*}).
 */
class KithBenchmark {
    private static final List<String> CIRCLES = List.of("inner", "close", "network", "acquaintance", "none");
    private static final String EMAIL = "bench@example.com";
    private static final String PASSWORD = "bench password";

    /** What to run; each can be changed with a system property, e.g. {@code -Dkith.bench.people=5000}. */
    record Settings(int people, int interactions, long seed, int warmup, int samples, List<String> vendors,
                    Path out, Path sqliteData) {

        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("kith.bench.people", 30_000),
                    Integer.getInteger("kith.bench.interactions", 300_000),
                    Long.getLong("kith.bench.seed", 1), Integer.getInteger("kith.bench.warmup", 300),
                    Integer.getInteger("kith.bench.samples", 1000),
                    List.of(System.getProperty("kith.bench.vendors", "sqlite,postgresql").split(",")),
                    Path.of(System.getProperty("kith.bench.out", "target/bench/in-process/kith.md")),
                    Path.of(System.getProperty("kith.bench.data", "target/bench/sqlite")));
        }
    }

    @Test
    void run() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        String loadBefore = load();
        List<VendorResult> results = new ArrayList<>();
        if (settings.vendors().contains("sqlite")) {
            delete(settings.sqliteData());
            Path rawData = TestDatabases.tempDir();
            try (BenchDatabase db = BenchDatabase.sqlite(settings.sqliteData())) {
                VendorResult sqlite = measure(db, () -> BenchDatabase.sqlite(rawData), settings);
                List<String> ids = db.bean(PeopleService.class).list(db.bean(AccountService.class).resolve(EMAIL).id(),
                        PeopleFilter.everyone(), Page.Request.first(null)).items().stream()
                        .map(PersonSummary::id).toList();
                Random random = new Random(settings.seed());
                WebPages.Result web = WebPages.measure(settings.sqliteData(), EMAIL, PASSWORD,
                        Stream.generate(() -> ids.get(random.nextInt(ids.size())))
                                .limit(settings.warmup() + settings.samples()).toList(),
                        settings.warmup(), settings.samples());
                log("SQLite web pages: today " + web.today() + ", people " + web.people() + ", person " + web.person());
                results.add(sqlite.withWeb(web));
            } finally {
                delete(rawData);
            }
        }
        if (settings.vendors().contains("postgresql")) {
            String[] server = TestDatabases.postgres();
            try (BenchDatabase db = BenchDatabase.postgres(server)) {
                results.add(measure(db, () -> BenchDatabase.postgres(server), settings));
            }
        }
        String markdown = Report.markdown(Machine.current(), settings, results, loadBefore, load());
        Files.createDirectories(settings.out().toAbsolutePath().getParent());
        Files.writeString(settings.out(), markdown);
        log("wrote " + settings.out());
    }

    private static VendorResult measure(BenchDatabase db, Supplier<BenchDatabase> fresh, Settings settings)
            throws SQLException {
        AccountId account = db.bean(AccountService.class).create(EMAIL, "Bench Owner", PASSWORD).id();
        long before;
        try (Connection c = db.connect()) {
            before = RawInsert.count(c, account.value());
        }
        log(db.vendor() + ": seeding " + settings.people() + " people, " + settings.interactions() + " interactions");
        long start = System.nanoTime();
        SeedReport report = db.bean(SeedService.class).seed(account, settings.people(), settings.interactions(),
                settings.seed());
        long seedNanos = System.nanoTime() - start;
        log(db.vendor() + ": seeded in " + seedNanos / 1_000_000 + " ms: " + report);

        long seedRows;
        List<RawInsert.Table> rows;
        try (Connection c = db.connect()) {
            seedRows = RawInsert.count(c, account.value()) - before;
            rows = RawInsert.read(c, account.value());
        }
        db.settle();
        long rawNanos;
        try (BenchDatabase raw = fresh.get(); Connection c = raw.connect()) {
            rawNanos = RawInsert.write(c, rows);
        }
        long rawRows = RawInsert.rows(rows);
        log(db.vendor() + ": raw JDBC wrote " + rawRows + " rows in " + rawNanos / 1_000_000 + " ms");
        rows = null;
        System.gc();

        DirectoryService directory = db.bean(DirectoryService.class);
        PeopleService people = db.bean(PeopleService.class);
        List<PersonSummary> everyone = people.list(account, PeopleFilter.everyone(), Page.Request.first(null)).items();
        List<String> tags = db.bean(TagService.class).all(account).stream().map(Tag::name).toList();
        Random random = new Random(settings.seed());
        int runs = settings.warmup() + settings.samples();
        List<String> prefixes = Stream.generate(() -> prefix(everyone.get(random.nextInt(everyone.size())).name(),
                1 + random.nextInt(4), random)).limit(runs).toList();
        List<String> ids = Stream.generate(() -> everyone.get(random.nextInt(everyone.size())).id()).limit(runs)
                .toList();
        List<DirectoryFilter> filters = Stream.generate(() -> random.nextBoolean()
                ? new DirectoryFilter(null, null, CIRCLES.get(random.nextInt(CIRCLES.size())), null, null, null)
                : new DirectoryFilter(null, tags.get(random.nextInt(tags.size())), null, null, null, null))
                .limit(runs).toList();
        List<Integer> pages = Stream.generate(() -> random.nextInt(3)).limit(runs).toList();

        Latency search = Latency.measure(settings.warmup(), settings.samples(), i -> directory.list(account,
                new DirectoryFilter(prefixes.get(i), null, null, null, null, null), Page.Request.of(0, 20)));
        Latency profile = Latency.measure(settings.warmup(), settings.samples(),
                i -> directory.profile(account, ids.get(i)));
        Latency list = Latency.measure(settings.warmup(), settings.samples(),
                i -> directory.list(account, filters.get(i), Page.Request.of(pages.get(i), 50)));
        // Issue 3's figures: Today for the current day (what a person opens every morning), common ground and
        // paths to random people; and, for information, Today asked about a day of the past year.
        TodayService todayService = db.bean(TodayService.class);
        CommonGroundService commonGround = db.bean(CommonGroundService.class);
        PathService paths = db.bean(PathService.class);
        LocalDate day = LocalDate.now();
        List<String> others = ids.stream().filter(id -> !id.equals(people.selfId(account))).toList();
        Latency today = Latency.measure(settings.warmup(), settings.samples(),
                i -> todayService.today(account, day));
        Latency todayPast = Latency.measure(5, 50, i -> todayService.today(account, day.minusDays(7 + i * 7 % 358)));
        Latency ground = Latency.measure(settings.warmup(), settings.samples(),
                i -> commonGround.between(account, PeopleService.SELF, others.get(i % others.size()), day));
        Latency path = Latency.measure(settings.warmup(), settings.samples(),
                i -> paths.paths(account, others.get(i % others.size()), day));
        log(db.vendor() + ": search " + search + ", profile " + profile + ", list " + list + ", today " + today
                + ", today (past day) " + todayPast + ", common ground " + ground + ", path " + path);
        return new VendorResult(db.vendor(), report, seedNanos, seedRows, rawNanos, rawRows, search, profile, list,
                today, todayPast, ground, path, null);
    }

    /** What someone types into the search box: the first letters of one word of the name. */
    private static String prefix(String name, int letters, Random random) {
        String[] words = Text.fold(name).split(" ");
        String word = words[random.nextInt(words.length)];
        return word.substring(0, Math.min(letters, word.length()));
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void log(String line) {
        System.err.println("[bench] " + line);
    }
}
