package app.kith.bench;

import app.kith.devseed.SeedReport;

/** Everything measured on one database vendor. */
record VendorResult(String vendor, SeedReport seed, long seedNanos, long seedRows, long rawNanos, long rawRows,
                    Latency search, Latency profile, Latency list, Latency today, Latency todayPast,
                    Latency commonGround, Latency path, WebPages.Result web) {

    VendorResult withWeb(WebPages.Result pages) {
        return new VendorResult(vendor, seed, seedNanos, seedRows, rawNanos, rawRows, search, profile, list, today,
                todayPast, commonGround, path, pages);
    }

    double seedRate() {
        return seedRows / (seedNanos / 1e9);
    }

    double rawRate() {
        return rawRows / (rawNanos / 1e9);
    }

    double ratio() {
        return seedRate() / rawRate();
    }
}
