package org.newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs document writes (analysis and inversion, most of ingest's work) on a few threads while the caller prepares
 * the next articles in order. At most {@code queued} writes wait or run at once, which bounds memory;
 * {@link #drain()} waits until every write submitted has finished. The first failure of a write is thrown to the
 * caller at its next submit or drain.
 */
final class WriteThreads implements AutoCloseable {
    /** A write that may fail with an I/O error. */
    interface Write {
        void run() throws IOException;
    }

    private final ExecutorService pool;
    private final Semaphore slots;
    private final int queued;
    private final int threads;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    WriteThreads(int threads, int queued) {
        this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("newsarchive-index-write-", 0).factory());
        this.slots = new Semaphore(queued);
        this.queued = queued;
        this.threads = threads;
    }

    int threads() {
        return threads;
    }

    /** One thread a core, at most four: beyond that the reading and preparing thread cannot keep up anyway. */
    static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Queues a write, waiting while {@code queued} writes are in flight. */
    void submit(Write write) throws InterruptedException {
        rethrow();
        slots.acquire();
        pool.execute(() -> {
            try {
                write.run();
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                slots.release();
            }
        });
    }

    /** Waits until every write submitted so far has finished, then throws the first failure, if any. */
    void drain() throws InterruptedException {
        slots.acquire(queued);
        slots.release(queued);
        rethrow();
    }

    private void rethrow() {
        Throwable t = failure.get();
        if (t == null) return;
        if (t instanceof IOException e) throw new UncheckedIOException(e);
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }

    /** Stops the threads once the writes in flight have finished. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // A write can take long (a huge article, a flush): keep waiting, losing none.
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
