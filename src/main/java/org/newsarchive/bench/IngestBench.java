package org.newsarchive.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.IndexReport;
import org.newsarchive.index.Indexer;

/** Times {@code newsarchive index} on one corpus file, in this JVM, into a fresh index. */
final class IngestBench {

    /**
     * @param wallSeconds  from the first read to the final commit, the merge into one segment included
     * @param mergeSeconds of which merging the index into one segment
     * @param processCpuSeconds CPU time of the whole JVM meanwhile: every ingest thread (reading, ordering, one
     *                          writer a core), merges, GC and JIT
     * @param peakRssBytes VmHWM of this JVM after the run; the bench runs ingest first so it is the ingest's peak
     */
    record Result(long docs, long failed, double wallSeconds, double mergeSeconds, double processCpuSeconds,
                  long indexBytes, long peakRssBytes) {}

    private IngestBench() {}

    static Result run(Path corpus, Path indexDir) throws IOException {
        long cpu0 = ProcessMemory.processCpuNanos();
        long t0 = System.nanoTime();
        IndexReport report;
        try (ArchiveIndex index = ArchiveIndex.open(indexDir, new Analyzers())) {
            report = new Indexer(index, "fr", null).index(List.of(corpus), n -> {});
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double processCpu = (ProcessMemory.processCpuNanos() - cpu0) / 1e9;
        long size;
        try (ArchiveIndex index = ArchiveIndex.openReadOnly(indexDir, new Analyzers())) {
            size = index.sizeOnDisk();
        }
        return new Result(report.indexedCount(), report.failed().size(), wall, report.mergeSeconds(), processCpu, size,
                ProcessMemory.peakRss());
    }
}
