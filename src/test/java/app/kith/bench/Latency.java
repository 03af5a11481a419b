package app.kith.bench;

import java.util.Arrays;
import java.util.function.IntConsumer;

/** Latency percentiles of one operation, in milliseconds, measured after a warm-up. */
record Latency(double p50, double p99, int samples) {

    static Latency measure(int warmup, int samples, IntConsumer operation) {
        for (int i = 0; i < warmup; i++) {
            operation.accept(i);
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            operation.accept(warmup + i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Latency(percentile(nanos, 50), percentile(nanos, 99), samples);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)] / 1_000_000.0;
    }
}
