package org.newsarchive.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsarchive.search.ArchiveSearch;
import org.newsarchive.search.SearchHit;
import org.newsarchive.search.SearchPage;

/**
 * Times the query set through the {@link ArchiveSearch} seam on one thread, twice: the path the API and CLI take
 * (exact total, facets and snippets included), and the ranked ids of the first page alone
 * ({@link ArchiveSearch#rankedIds}), the work PostgreSQL's timed top-10 query does.
 */
final class LuceneQueryBench {

    /**
     * Latency per query type and over all queries, queries per second on one thread, and each query's answer, for
     * whole pages; {@code topTen} the same timings for the ranked ids alone.
     */
    record Result(Map<QueryType, LatencyStats> byType, LatencyStats all, double qps, Map<String, QueryOutcome> outcomes,
                  Timings topTen, Warmup.Outcome warmup) {}

    private LuceneQueryBench() {}

    static Result run(ArchiveSearch search, List<BenchQuery> queries, int warmupRounds, int rounds) {
        Map<String, QueryOutcome> outcomes = new LinkedHashMap<>();
        for (BenchQuery q : queries) {
            SearchPage page = search.search(q.request());
            outcomes.put(q.id(), new QueryOutcome(page.total(), page.hits().stream().map(SearchHit::id).toList()));
        }
        Warmup.Outcome warmup = warmUp(queries, warmupRounds, q -> search.search(q.request()));
        Timings t = timed(queries, rounds, q -> search.search(q.request()));
        warmUp(queries, warmupRounds, q -> search.rankedIds(q.request()));
        Timings topTen = timed(queries, rounds, q -> search.rankedIds(q.request()));
        return new Result(t.byType(), t.all(), t.qps(), outcomes, topTen, warmup);
    }

    /** Passes over the set until their p50 settles ({@link Warmup}): at least {@code minPasses}, at most ten times that (30 at least). */
    static Warmup.Outcome warmUp(List<BenchQuery> queries, int minPasses, java.util.function.Consumer<BenchQuery> call) {
        return Warmup.untilSettled(() -> timed(queries, 1, call).all().p50Ms(), minPasses, Math.max(30, 10 * minPasses));
    }

    /** Per-type and overall latencies of {@code rounds} passes over the set, queries interleaved. */
    static Timings timed(List<BenchQuery> queries, int rounds, java.util.function.Consumer<BenchQuery> call) {
        Map<QueryType, List<Long>> byType = new EnumMap<>(QueryType.class);
        long[] all = new long[queries.size() * rounds];
        int k = 0;
        long started = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (BenchQuery q : queries) {
                long t0 = System.nanoTime();
                call.accept(q);
                long took = System.nanoTime() - t0;
                all[k++] = took;
                byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(took);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<QueryType, LatencyStats> stats = new EnumMap<>(QueryType.class);
        byType.forEach((type, list) -> stats.put(type, LatencyStats.ofNanos(list.stream().mapToLong(Long::longValue).toArray())));
        return new Timings(stats, LatencyStats.ofNanos(all), seconds == 0 ? 0 : all.length / seconds);
    }

    record Timings(Map<QueryType, LatencyStats> byType, LatencyStats all, double qps) {}
}
