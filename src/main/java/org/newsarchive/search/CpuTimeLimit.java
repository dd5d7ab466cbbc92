package org.newsarchive.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;

/**
 * Stops a search once its thread has used {@code limit} of CPU time. CPU time, not wall time: on a busy machine a
 * search waiting for a core is not the search's fault, and a first search paying for class loading must not come
 * back empty; what the limit guards against is a query whose own work is too large. Lucene calls
 * {@link #shouldExit} from the thread that collects (our searchers have no executor), so the thread's own clock is
 * the right one; where the JVM cannot read it, wall time is used instead.
 */
final class CpuTimeLimit implements QueryTimeout {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private final long limitNanos;
    /** The JVM keeps no CPU clock for a virtual thread (the service's requests run on them): wall time there. */
    private final boolean cpuClock = CPU_CLOCK && !Thread.currentThread().isVirtual();
    private final long start;

    CpuTimeLimit(Duration limit) {
        this.limitNanos = limit.toNanos();
        this.start = now();
    }

    @Override
    public boolean shouldExit() {
        return now() - start > limitNanos;
    }

    private long now() {
        return cpuClock ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
