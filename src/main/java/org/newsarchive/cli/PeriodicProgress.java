package org.newsarchive.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Progress for a log or a pipe, where a redrawn bar would be noise: a plain line every {@link #EVERY_NANOS} at most,
 * saying how many articles are done and how fast, so that a long run piped to a file still shows it is alive.
 */
final class PeriodicProgress implements LongConsumer {
    static final long EVERY_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private final long started;
    private long lastPrinted;

    PeriodicProgress(PrintWriter err) {
        this(err, System::nanoTime);
    }

    PeriodicProgress(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.lastPrinted = started;
    }

    @Override
    public void accept(long articlesDone) {
        long now = nanoClock.getAsLong();
        if (now - lastPrinted < EVERY_NANOS) return;
        lastPrinted = now;
        double seconds = (now - started) / 1e9;
        err.printf(java.util.Locale.ROOT, "indexing: %,d articles so far (%,.0f/s, %.0f s)%n", articlesDone, articlesDone / seconds, seconds);
        err.flush();
    }
}
