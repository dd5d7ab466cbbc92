package org.newsarchive.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsarchive.PartialDate;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;

/**
 * Not a test: per-type latency of the committed bench query set through {@link LuceneArchiveSearch} on an existing
 * index, without the bench's ingest, wall time and thread CPU time per call. It also writes every answer (without
 * {@code took_ms}) so that two builds can be diffed for the same output. After {@code mvn test-compile}:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" org.newsarchive.search.QueryLatencyBench
 * INDEX docs/bench-queries.jsonl ROUNDS [ANSWERS.jsonl]}
 */
public final class QueryLatencyBench {
    private QueryLatencyBench() {}

    record Q(String id, String type, SearchRequest request) {}

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Q> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            PartialDate from = n.hasNonNull("from") ? PartialDate.parse(n.get("from").asText()) : null;
            PartialDate to = n.hasNonNull("to") ? PartialDate.parse(n.get("to").asText()) : null;
            SearchRequest.Sort sort = "date".equals(n.path("sort").asText()) ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
            queries.add(new Q(n.get("id").asText(), n.get("type").asText(),
                    new SearchRequest(n.get("query").asText(), from, to, null, sort, SearchRequest.DEFAULT_SIZE, 0, null, false)));
        }
        int rounds = Integer.parseInt(args[2]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (ArchiveIndex index = ArchiveIndex.openReadOnly(Path.of(args[0]), new Analyzers())) {
            LuceneArchiveSearch search = new LuceneArchiveSearch(index);
            if (args.length > 3) {
                try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3])))) {
                    for (Q q : queries) {
                        Map<String, Object> page = SearchJson.page(search.search(q.request()), true);
                        page.remove("took_ms");
                        out.println(json.writeValueAsString(page));
                    }
                }
            }
            int warmup = Math.max(10, rounds / 3);
            for (int r = 0; r < warmup; r++) for (Q q : queries) search.search(q.request());
            Map<String, List<long[]>> byType = new LinkedHashMap<>();
            List<long[]> all = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (Q q : queries) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    search.search(q.request());
                    long t1 = System.nanoTime();
                    long c1 = threads.getCurrentThreadCpuTime();
                    long[] m = {t1 - t0, c1 - c0};
                    byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(m);
                    all.add(m);
                }
            }
            byType.put("all", all);
            System.out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s%n", "type", "p50 ms", "p99 ms", "cpu p50", "cpu p99");
            byType.forEach((type, list) -> {
                long[] wall = list.stream().mapToLong(m -> m[0]).sorted().toArray();
                long[] cpu = list.stream().mapToLong(m -> m[1]).sorted().toArray();
                System.out.printf(Locale.ROOT, "%-12s %8.3f %8.3f %8.3f %8.3f%n", type, pct(wall, 50), pct(wall, 99), pct(cpu, 50), pct(cpu, 99));
            });
        }
    }

    /** Nearest-rank percentile, in ms. */
    private static double pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
