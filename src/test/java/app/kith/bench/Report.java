package app.kith.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The in-process benchmark's results as a markdown table, for docs/benchmarks.md's in-process section. */
final class Report {
    static final double SEARCH_P99_MS = 30;
    static final double PROFILE_P99_MS = 20;
    static final double LIST_P99_MS = 30;
    static final double SEED_RATIO = 0.5;
    static final double WEB_PAGE_P99_MS = 50;

    private Report() {
    }

    static String markdown(Machine machine, KithBenchmark.Settings settings, List<VendorResult> results,
                           String loadBefore, String loadAfter) {
        VendorResult first = results.getFirst();
        StringBuilder md = new StringBuilder();
        md.append("# Kith benchmarks\n\n");
        md.append("Measured on ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" by `./bench --in-process` (`src/test/java/app/kith/bench/KithBenchmark.java`).")
                .append(" The targets come from")
                .append(" the issues (2 to 6); they are measured here and never asserted in the test suite.\n\n");
        md.append("- **Machine:** ").append(machine.cpus()).append(" CPUs (").append(machine.cpuModel()).append("), ")
                .append(machine.memory()).append(" memory, ").append(machine.os()).append(", JDK ")
                .append(machine.jdk()).append(". Load average before / after: ").append(loadBefore).append(" / ")
                .append(loadAfter).append(" (other work shared the machine).\n");
        md.append("- **Network:** ").append(n(settings.people())).append(" people and ")
                .append(n(settings.interactions())).append(" interactions from `SeedService` (seed ")
                .append(settings.seed()).append("): ").append(n(first.seed().organizations()))
                .append(" organizations, ").append(n(first.seed().affiliations())).append(" affiliations, ")
                .append(n(first.seed().connections())).append(" connections.\n");
        md.append("- **Latency:** ").append(n(settings.samples())).append(" calls of each `DirectoryService` method")
                .append(" after ").append(n(settings.warmup())).append(" warm-up calls, in one JVM. Search: a 1–4")
                .append(" letter prefix of a random word of a random person's name, page of 20. Person page:")
                .append(" `profile` of a random person (person, affiliations, last 50 interactions, connections).")
                .append(" List page: a page of 50 filtered by a random circle or tag.")
                .append(" Web pages (SQLite): the same number of"
                        + " GET requests for the full HTML of Today, a people list page (25 people, pages 1-20) and a"
                        + " random person's page, signed in, over one local HTTP connection.\n");
        md.append("- **Insert rate:** rows the seed wrote per second of wall-clock time (generating the network")
                .append(" included), against the same rows written with plain JDBC batches (1,000 rows per batch,")
                .append(" one transaction) into a fresh database of the same vendor.\n\n");
        md.append("| figure | target |");
        results.forEach(r -> md.append(' ').append(r.vendor()).append(" | |"));
        md.append("\n|---|---|");
        results.forEach(r -> md.append("---:|---|"));
        md.append('\n');
        latencyRows(md, results, "people search, prefix — p50 / p99", SEARCH_P99_MS, VendorResult::search);
        latencyRows(md, results, "person page data — p50 / p99", PROFILE_P99_MS, VendorResult::profile);
        latencyRows(md, results, "filtered list page — p50 / p99", LIST_P99_MS, VendorResult::list);
        latencyRows(md, results, "Today digest, current day — p50 / p99", 50, VendorResult::today);
        row(md, results, "Today digest for a day of the past year — p50 / p99 (50 calls)", "",
                r -> "%.1f / %.1f ms".formatted(r.todayPast().p50(), r.todayPast().p99()), r -> null);
        latencyRows(md, results, "common ground — p50 / p99", 30, VendorResult::commonGround);
        latencyRows(md, results, "warm-intro paths — p50 / p99", 100, VendorResult::path);
        webRows(md, results, "Today page, full HTML — p50 / p99", WebPages.Result::today);
        webRows(md, results, "people list page, full HTML — p50 / p99", WebPages.Result::people);
        webRows(md, results, "person page, full HTML — p50 / p99", WebPages.Result::person);
        row(md, results, "person pages per second, " + WebPages.CONNECTIONS + " connections for "
                        + WebPages.LOAD_SECONDS + " s", "",
                r -> r.web() == null ? "—" : "%.0f req/s".formatted(r.web().personPagesPerSecond()), r -> null);
        row(md, results, "seed time", "", r -> "%.1f s".formatted(r.seedNanos() / 1e9), r -> null);
        row(md, results, "seed insert rate", "", r -> n(Math.round(r.seedRate())) + " rows/s", r -> null);
        row(md, results, "raw JDBC batch insert rate", "", r -> n(Math.round(r.rawRate())) + " rows/s", r -> null);
        row(md, results, "seed ÷ raw JDBC", "≥ " + SEED_RATIO, r -> "%.2f×".formatted(r.ratio()),
                r -> r.ratio() >= SEED_RATIO);
        md.append("\nThe latency targets are set for SQLite at 30,000 people; PostgreSQL is held to the same")
                .append(" numbers for information. Today for a past day (`--date`) has no target: it reads the")
                .append(" history of everyone touched after that day, which for a day months ago is most of the")
                .append(" network, in one pass over the touch index (see docs/insights.md).\n");
        return md.toString();
    }

    private static void latencyRows(StringBuilder md, List<VendorResult> results, String name, double target,
                                    Function<VendorResult, Latency> latency) {
        row(md, results, name, "p99 < " + n((long) target) + " ms",
                r -> "%.1f / %.1f ms".formatted(latency.apply(r).p50(), latency.apply(r).p99()),
                r -> latency.apply(r).p99() < target);
    }

    /** Pages rendered by the web app, measured on SQLite only (the target is for SQLite). */
    private static void webRows(StringBuilder md, List<VendorResult> results, String name,
                                Function<WebPages.Result, Latency> page) {
        row(md, results, name, "p99 < " + n((long) WEB_PAGE_P99_MS) + " ms",
                r -> r.web() == null ? "—" : "%.1f / %.1f ms".formatted(page.apply(r.web()).p50(),
                        page.apply(r.web()).p99()),
                r -> r.web() == null ? null : page.apply(r.web()).p99() < WEB_PAGE_P99_MS);
    }

    private static void row(StringBuilder md, List<VendorResult> results, String name, String target,
                            Function<VendorResult, String> value, Function<VendorResult, Boolean> pass) {
        md.append("| ").append(name).append(" | ").append(target).append(" |");
        for (VendorResult r : results) {
            Boolean ok = pass.apply(r);
            md.append(' ').append(value.apply(r)).append(" | ").append(ok == null ? "" : ok ? "pass" : "**FAIL**")
                    .append(" |");
        }
        md.append('\n');
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
