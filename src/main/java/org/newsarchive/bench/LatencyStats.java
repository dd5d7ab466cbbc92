package org.newsarchive.bench;

import java.util.Arrays;

/**
 * Latency of a batch of timed calls: nearest-rank percentiles, so p99 is a latency that really happened.
 *
 * @param count number of timed calls
 * @param p50Ms median, milliseconds
 * @param p99Ms 99th percentile, milliseconds
 * @param meanMs mean, milliseconds
 */
public record LatencyStats(int count, double p50Ms, double p99Ms, double meanMs) {

    /** Statistics of durations in nanoseconds (the array is not modified). */
    public static LatencyStats ofNanos(long[] nanos) {
        if (nanos.length == 0) return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN);
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) sum += n;
        return new LatencyStats(sorted.length, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6,
                sum / sorted.length / 1e6);
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least p% of values at or below it. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        if (p <= 0) return sorted[0];
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
}
