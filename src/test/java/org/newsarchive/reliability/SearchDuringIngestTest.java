package org.newsarchive.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchPage;
import org.newsarchive.search.SearchRequest;

/**
 * Searches at full speed on two threads while a bulk ingest upserts and refreshes: no search fails, counts
 * only grow, and the final counts are exact. Latencies are printed for docs/RELIABILITY.md, never asserted.
 */
class SearchDuringIngestTest {
    private static final int ARTICLES = 3_000;
    private static final int REFRESH_EVERY = 100;
    private static final int SEARCH_THREADS = 2;

    @TempDir
    Path dir;

    @Test
    void searches_neverFail_andSeeGrowingCounts_whileABulkIngestRuns() throws Exception {
        try (ArchiveIndex index = ArchiveIndex.open(dir.resolve("index"), new Analyzers())) {
            LuceneArchiveSearch search = new LuceneArchiveSearch(index);
            AtomicBoolean ingesting = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(SEARCH_THREADS);
            List<Future<List<Long>>> searchers = new ArrayList<>();
            for (int t = 0; t < SEARCH_THREADS; t++) {
                int thread = t;
                searchers.add(pool.submit(() -> searchUntilDone(search, ingesting, thread)));
            }
            for (int i = 0; i < ARTICLES; i++) {
                index.upsert(article(i));
                if (i % 3 == 0) index.upsert(article(i)); // a replacement must not count twice
                if (i % REFRESH_EVERY == 0) index.refresh();
            }
            index.commit();
            ingesting.set(false);
            List<Long> latencies = new ArrayList<>();
            for (Future<List<Long>> f : searchers) latencies.addAll(f.get()); // rethrows any search failure
            pool.shutdown();

            assertEquals(ARTICLES, search.search(SearchRequest.of("")).total());
            assertEquals(ARTICLES, search.search(SearchRequest.of("bamako")).total());
            assertEquals(ARTICLES / 2, search.search(SearchRequest.of("pair")).total());
            assertEquals(ARTICLES, search.stats().articles());
            report(latencies);
        }
    }

    /** Runs searches until the ingest ends; checks the match-all count never shrinks; returns latencies in µs. */
    private static List<Long> searchUntilDone(LuceneArchiveSearch search, AtomicBoolean ingesting, int thread) {
        List<String> queries = List.of("", "bamako", "pair", "armée~1", "coop*", "\"coopération militaire\"");
        List<Long> micros = new ArrayList<>();
        long lastTotal = 0;
        for (int n = 0; ingesting.get(); n++) {
            String q = queries.get((n + thread) % queries.size());
            long started = System.nanoTime();
            SearchPage page = search.search(SearchRequest.of(q).withPlain(n % 7 == 0 && !q.isEmpty()));
            micros.add((System.nanoTime() - started) / 1_000);
            if (q.isEmpty() && !page.timedOut()) { // a timed-out count is partial by design
                assertTrue(page.total() >= lastTotal, "count went down from " + lastTotal + " to " + page.total());
                lastTotal = page.total();
            }
        }
        return micros;
    }

    private static Article article(int i) {
        return new Article("c" + i, "Article " + i + (i % 2 == 0 ? " pair" : " impair"),
                List.of("La coopération militaire entre Bamako et Moscou, épisode " + i + ".",
                        "L’armée malienne a reçu du matériel."),
                null, "fr", null, null, null, List.of(), java.util.Map.of());
    }

    private static void report(List<Long> micros) {
        Collections.sort(micros);
        System.out.printf(Locale.ROOT, "search during ingest: %d searches, p50 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                micros.size(), pct(micros, 0.50), pct(micros, 0.99), micros.get(micros.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1)))) / 1000.0;
    }
}
