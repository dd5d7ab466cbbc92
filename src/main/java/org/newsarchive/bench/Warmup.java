package org.newsarchive.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Warm-up that lasts until latency settles instead of a fixed number of passes. A JVM keeps compiling for a long
 * time on a slow 2-core machine: measured on this project's Xeon, a freshly started {@code serve} answered the
 * bench queries at p50 5.4, 2.5, 1.9, 1.5, 1.4, 1.2, 1.0 ms in consecutive 6 s runs of {@code wrk}, and its JIT
 * compiled for about 40 s, taking a core away from the requests. A fixed 7 s warm-up timed that compilation, not the
 * service: the bench reported 949 µs of HTTP overhead over in process that day.
 */
final class Warmup {
    /** Two passes in a row whose p50 differ by less than this (relative) mean the latency has settled. */
    static final double SETTLED = 0.05;

    /**
     * @param passes  warm-up passes run
     * @param settled whether the last two agreed within {@link #SETTLED} (false: stopped at the cap)
     * @param p50Ms   each pass's p50, in order
     */
    record Outcome(int passes, boolean settled, double seconds, List<Double> p50Ms) {
        String describe() {
            StringBuilder sb = new StringBuilder().append(passes).append(passes == 1 ? " pass" : " passes");
            sb.append(String.format(java.util.Locale.ROOT, " (%.1f s, ", seconds));
            sb.append(settled ? "settled: the last two p50 within " + Math.round(SETTLED * 100) + " %" : "stopped at the cap, not settled");
            return sb.append(')').toString();
        }
    }

    /** One warm-up pass that returns its p50 latency in milliseconds. */
    @FunctionalInterface
    interface Pass<E extends Exception> {
        double run() throws E;
    }

    private Warmup() {}

    /** Runs at least {@code minPasses} passes, then more until two in a row agree, at most {@code maxPasses}. */
    static <E extends Exception> Outcome untilSettled(Pass<E> pass, int minPasses, int maxPasses) throws E {
        List<Double> p50s = new ArrayList<>();
        long t0 = System.nanoTime();
        boolean settled = false;
        while (p50s.size() < Math.max(1, maxPasses)) {
            p50s.add(pass.run());
            int n = p50s.size();
            settled = n >= 2 && agree(p50s.get(n - 2), p50s.get(n - 1));
            if (n >= minPasses && settled) break;
        }
        return new Outcome(p50s.size(), settled, (System.nanoTime() - t0) / 1e9, List.copyOf(p50s));
    }

    static boolean agree(double before, double after) {
        return Math.abs(after - before) <= SETTLED * Math.max(before, after);
    }
}
