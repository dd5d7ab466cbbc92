package org.newsarchive.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsarchive.Article;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.LuceneArchiveSearch;

/**
 * One whole bench run, in this order: ingest first (so this JVM's peak RSS is the ingest's), then the query set
 * in process, PostgreSQL, HTTP and cold start. Work files live in a temporary folder deleted at the end.
 */
public final class BenchRun {
    private final BenchConfig config;
    private final PrintWriter log;

    public BenchRun(BenchConfig config, PrintWriter log) {
        this.config = config;
        this.log = log;
    }

    /** Runs everything, writes {@code bench.json}, {@code bench.md} and {@code queries.jsonl} to the out folder. */
    public BenchReport run() throws IOException, InterruptedException {
        Files.createDirectories(config.out());
        Path work = Files.createTempDirectory("newsarchive-bench");
        try {
            return run(work);
        } finally {
            deleteTree(work);
        }
    }

    private BenchReport run(Path work) throws IOException, InterruptedException {
        Path input = BenchCorpus.limited(config.corpus(), config.limit(), work);
        Path indexDir = work.resolve("index");
        log.println("bench: indexing " + input + " ...");
        log.flush();
        IngestBench.Result ingest = IngestBench.run(input, indexDir);
        log.printf(java.util.Locale.ROOT, "bench: %d articles in %.1f s%n", ingest.docs(), ingest.wallSeconds());

        List<Article> articles = BenchCorpus.read(input);
        long textBytes = BenchCorpus.textBytes(articles);
        List<BenchQuery> queries = new QuerySetGenerator().generate(articles, config.perType());
        writeQueries(queries, config.out().resolve("queries.jsonl"));
        log.println("bench: " + queries.size() + " queries, in process ...");
        log.flush();

        LuceneQueryBench.Result lucene;
        try (ArchiveIndex index = ArchiveIndex.openReadOnly(indexDir, new Analyzers())) {
            lucene = LuceneQueryBench.run(new LuceneArchiveSearch(index), queries, config.warmupRounds(), config.rounds());
        }

        log.println("bench: stock Lucene, the engine alone: ingest and queries ...");
        log.flush();
        StockLucenePeer.Result stockLucene;
        try {
            stockLucene = StockLucenePeer.run(articles, queries, work.resolve("stock-lucene"), config.warmupRounds(), config.rounds());
        } catch (IOException | RuntimeException e) {
            // Like a failed PostgreSQL: reported (and the run exits 1), the other parts still measured.
            log.println("bench: stock Lucene not measured: " + e.getMessage());
            stockLucene = StockLucenePeer.Result.notRun("failed: " + e.getMessage());
        }
        deleteTree(work.resolve("stock-lucene"));

        BenchResults.PostgresResult postgres = config.skipPostgres()
                ? BenchResults.PostgresResult.notRun("skipped (--skip-postgres)") : postgres(articles, queries);
        articles = null; // The texts are not needed any more; let the services below have the memory.

        HttpBench.Result http = config.skipHttp() ? HttpBench.Result.notRun("skipped (--skip-http)")
                : HttpBench.run(config.httpUrl() == null ? config.serveJarOrDefault() : null, config.home(), indexDir, config.httpUrl(),
                        queries, config.httpSeconds(), work, log);

        String word = queries.stream().filter(q -> q.type() == QueryType.COMMON_TERM).map(BenchQuery::text).findFirst().orElse("france");
        ColdStartBench.Result cold = config.skipColdStart() ? ColdStartBench.Result.notRun("skipped (--skip-coldstart)")
                : ColdStartBench.run(config.home(), config.jar(), indexDir, word, config.coldRuns(), work, log);

        BenchResults results = new BenchResults(machine(), config, textBytes, ingest, queries, lucene, stockLucene, postgres, http, cold);
        BenchReport report = new BenchReport(results);
        Files.writeString(config.out().resolve("bench.md"), report.markdown(), StandardCharsets.UTF_8);
        Files.writeString(config.out().resolve("bench.json"),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.json()), StandardCharsets.UTF_8);
        return report;
    }

    private BenchResults.PostgresResult postgres(List<Article> articles, List<BenchQuery> queries) throws InterruptedException {
        log.println("bench: PostgreSQL: initdb, load, GIN index ...");
        log.flush();
        try (PostgresPeer pg = PostgresPeer.start(config.pgBin(), log)) {
            PostgresPeer.Load load = pg.load(articles);
            List<BenchQuery> comparable = queries.stream().filter(BenchQuery::hasPeer).toList();
            Map<String, QueryOutcome> outcomes = new LinkedHashMap<>();
            LuceneQueryBench.Timings timings;
            try (PostgresPeer.Queries q = pg.queries()) {
                for (BenchQuery query : comparable) outcomes.put(query.id(), new QueryOutcome(q.count(query), q.top(query)));
                log.println("bench: PostgreSQL queries ...");
                log.flush();
                timings = LuceneQueryBench.timed(comparable, config.pgRounds(), query -> {
                    try {
                        q.top(query);
                    } catch (SQLException e) {
                        throw new IllegalStateException("PostgreSQL query " + query.id() + " failed: " + e.getMessage(), e);
                    }
                });
            }
            return new BenchResults.PostgresResult(null, pg.version(), pg.osUser(), load, timings, outcomes);
        } catch (IOException | SQLException | IllegalStateException e) {
            log.println("bench: PostgreSQL not measured: " + e.getMessage());
            return BenchResults.PostgresResult.notRun("failed: " + e.getMessage());
        }
    }

    private static void writeQueries(List<BenchQuery> queries, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (BenchQuery q : queries) sb.append(json.writeValueAsString(q.toJson())).append('\n');
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("cpu_model", cpuModel());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            m.put("ram_bytes", os.getTotalMemorySize());
            m.put("load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        m.put("jvm_flags", ManagementFactory.getRuntimeMXBean().getInputArguments());
        m.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        return m;
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
