package org.newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static final BenchQuery RARE = new BenchQuery("rare_term-1", QueryType.RARE_TERM, "bannon", "bannon",
            BenchQuery.PgMode.WEBSEARCH, null, null, false);
    private static final BenchQuery FUZZY = new BenchQuery("fuzzy-1", QueryType.FUZZY, "gouveroement~1", null,
            BenchQuery.PgMode.NONE, null, null, false);

    private static BenchResults results(BenchResults.PostgresResult pg) {
        return results(pg, stockLucene());
    }

    /** Stock Lucene: twice newsarchive's docs/s, a fifth of its index, ranked ids in 0.1 ms. */
    private static StockLucenePeer.Result stockLucene() {
        LatencyStats ms01 = new LatencyStats(3, 0.1, 0.2, 0.1);
        return new StockLucenePeer.Result(null, 1000, 1.0, 0.2, 1024 * 1024,
                new LuceneQueryBench.Timings(Map.of(QueryType.RARE_TERM, ms01, QueryType.FUZZY, ms01), ms01, 9000),
                Map.of("rare_term-1", new QueryOutcome(15, List.of("a"))));
    }

    private static BenchResults results(BenchResults.PostgresResult pg, StockLucenePeer.Result stock) {
        return results(pg, stock, HttpBench.Result.notRun("wrk not installed (apt-get install -y wrk)"),
                ColdStartBench.Result.notRun("skipped (--skip-coldstart)"));
    }

    private static BenchResults results(BenchResults.PostgresResult pg, StockLucenePeer.Result stock, HttpBench.Result http,
                                        ColdStartBench.Result cold) {
        BenchConfig config = new BenchConfig(Path.of("corpus.jsonl.gz"), 0, 1, 1, 3, 2, Path.of("out"), false, false, false,
                2, 1, Path.of("/pg"), null, Path.of("."), false, null);
        LatencyStats ms2 = new LatencyStats(3, 2.0, 4.0, 2.5);
        LatencyStats ms05 = new LatencyStats(3, 0.5, 1.0, 0.6);
        LuceneQueryBench.Result lucene = new LuceneQueryBench.Result(Map.of(QueryType.RARE_TERM, ms2, QueryType.FUZZY, ms2),
                ms2, 400, Map.of("rare_term-1", new QueryOutcome(16, List.of("a", "b")), "fuzzy-1", new QueryOutcome(3, List.of("c"))),
                new LuceneQueryBench.Timings(Map.of(QueryType.RARE_TERM, ms05, QueryType.FUZZY, ms05), ms05, 2000),
                new Warmup.Outcome(3, true, 0.4, List.of(2.6, 2.1, 2.05)));
        return new BenchResults(Map.of("cpus", 2), config, 10L * 1024 * 1024, new IngestBench.Result(1000, 0, 2.0, 0.5, 1.5,
                5L * 1024 * 1024, 300L * 1024 * 1024), List.of(RARE, FUZZY), lucene, stock, pg,
                http, cold);
    }

    private static BenchResults.PostgresResult peer() {
        LatencyStats ms8 = new LatencyStats(2, 8.0, 9.0, 8.5);
        return new BenchResults.PostgresResult(null, "15", "postgres",
                new PostgresPeer.Load(1000, 3.0, 1.0, 20L * 1024 * 1024, 4L * 1024 * 1024, -1),
                new LuceneQueryBench.Timings(Map.of(QueryType.RARE_TERM, ms8), ms8, 100),
                Map.of("rare_term-1", new QueryOutcome(11, List.of("a", "x"))));
    }

    @Test
    void markdown_showsRatiosAgainstThePeer_andAgreementPerQuery() {
        String md = new BenchReport(results(peer())).markdown();
        assertTrue(md.contains("| docs/s | 500 | 250 | 2.00× |"), md);
        assertTrue(md.contains("| index size | 5.0 MB | 20.0 MB (GIN 4.0) | 0.25× |"), md);
        assertTrue(md.contains("| wall time | 2.0 s (merge into one segment 0.5) |"), md);
        assertTrue(md.contains("2 queries × 3 rounds after a warm-up of 3 passes (0.4 s, settled: the last two p50 within 5 %)"), md);
        assertTrue(md.contains("| rare_term | 1 | 2.000 | 4.000 | 8.000 | 9.000 | 4.00× | 0/1 | 0.69 | 0.50 |"), md);
        assertTrue(md.contains("| fuzzy | 1 | 2.000 | 4.000 | – | – | – | – | – | – |"), md);
        assertTrue(md.contains("| rare_term-1 | `bannon` | 16 | 11 | 0.69 | 0.50 |"), md);
        // The ranked top 10 alone, beside the peer's same work.
        assertTrue(md.contains("| rare_term | 0.500 | 1.000 | 8.000 | 16.00× | 0.100 | 80.00× |"), md);
        assertTrue(md.contains("| fuzzy | 0.500 | 1.000 | – | – | 0.100 | – |"), md);
        Map<?, ?> pg = (Map<?, ?>) new BenchReport(results(peer())).json().get("postgres");
        assertEquals(16.0, (Double) ((Map<?, ?>) pg.get("p50_speedup_by_type_ranked_top10")).get("rare_term"), 1e-9);
        assertEquals(80.0, (Double) ((Map<?, ?>) pg.get("p50_speedup_by_type_stock_lucene")).get("rare_term"), 1e-9);
        assertTrue(md.contains("not run: wrk not installed"), md);
        assertTrue(new BenchReport(results(peer())).failures().isEmpty());
    }

    @Test
    void stockLucene_isShownBesideBoth_asTheEngineAlone() {
        BenchReport report = new BenchReport(results(peer()));
        String md = report.markdown();
        // newsarchive 500 docs/s and 5 MB; stock Lucene 1,000 docs/s and 1 MB; PostgreSQL 250 docs/s and 20 MB.
        assertTrue(md.contains("| docs/s | 1,000 | 0.50× | 4.00× |"), md);
        assertTrue(md.contains("| index size | 1.0 MB | 5.00× | 0.05× |"), md);
        assertTrue(md.contains("| wall time | 1.0 s (merge 0.2) |"), md);
        Map<?, ?> json = report.json();
        assertEquals(1000.0, (Double) ((Map<?, ?>) json.get("stock_lucene")).get("docs_per_second"), 1e-9);
        assertEquals(4.0, (Double) ((Map<?, ?>) json.get("postgres")).get("stock_lucene_ingest_ratio"), 1e-9);
        Map<?, ?> rare = (Map<?, ?>) ((List<?>) json.get("queries")).get(0);
        assertEquals(15L, rare.get("stock_lucene_total"));
    }

    @Test
    void aStockLuceneThatDidNotRun_saysWhy_andTheRestIsReported() {
        BenchReport report = new BenchReport(results(peer(), StockLucenePeer.Result.notRun("skipped")));
        String md = report.markdown();
        assertTrue(md.contains("#### Stock Lucene, the engine alone\n\nnot run: skipped"), md);
        assertTrue(md.contains("| rare_term | 0.500 | 1.000 | 8.000 | 16.00× | – | – |"), md);
        assertEquals("skipped", ((Map<?, ?>) report.json().get("stock_lucene")).get("not_run"));
        assertTrue(report.failures().isEmpty());
    }

    @Test
    void aFailedStockLucene_isReported_andCountsAsAFailure() {
        BenchReport report = new BenchReport(results(peer(), StockLucenePeer.Result.notRun("failed: query phrase-1 does not parse")));
        assertTrue(report.markdown().contains("not run: failed: query phrase-1 does not parse"), report.markdown());
        assertEquals(List.of("stock Lucene failed: query phrase-1 does not parse"), report.failures());
    }

    @Test
    void aFailedPeer_isReported_andCountsAsAFailure() {
        BenchReport report = new BenchReport(results(BenchResults.PostgresResult.notRun("failed: initdb failed (exit 1): boom")));
        assertTrue(report.markdown().contains("PostgreSQL: failed: initdb failed (exit 1): boom"), report.markdown());
        assertEquals(List.of("PostgreSQL failed: initdb failed (exit 1): boom"), report.failures());
    }

    @Test
    void aServiceThatDidNotStart_andAMissingAotCache_areFailures_whileAMissingWrkIsNot() {
        StockLucenePeer.Result stock = stockLucene();
        ColdStartBench.Result noCache = new ColdStartBench.Result(null, Map.of("launcher, no AOT cache (its one-shot flags)",
                new double[] {300, 320}), 4.0, 25, "the launcher did not create an AOT cache in /tmp/aot");
        BenchReport report = new BenchReport(results(peer(), stock,
                HttpBench.Result.notRun("failed: serve did not start: exit 1 (see serve.log)"), noCache));
        assertEquals(List.of("HTTP failed: serve did not start: exit 1 (see serve.log)",
                "cold start failed: the launcher did not create an AOT cache in /tmp/aot"), report.failures());
        assertTrue(report.markdown().contains("Failed: the launcher did not create an AOT cache in /tmp/aot."), report.markdown());
        assertTrue(new BenchReport(results(peer(), stock)).failures().isEmpty(), "wrk missing is a part not run, not broken");
    }

    @Test
    void http_isReportedPerConnectionCount_andPerQueryType_withTheOverheadOverThatTypesPagesInProcess() {
        // In process (whole pages): 2 ms for both types. Over HTTP: 2.3 ms for rare words, 2.15 ms for fuzzy ones.
        HttpBench.Result http = new HttpBench.Result(null,
                Map.of(1, new WrkOutput(2.25, 3.0, 440, 4400, 0, 0)),
                new java.util.EnumMap<>(Map.of(QueryType.RARE_TERM, new WrkOutput(2.3, 2.9, 430, 430, 0, 0),
                        QueryType.FUZZY, new WrkOutput(2.15, 2.8, 460, 460, 0, 0))),
                "http://127.0.0.1:1", null);
        BenchReport report = new BenchReport(results(peer(), stockLucene(), http, ColdStartBench.Result.notRun("skipped")));
        String md = report.markdown();
        assertTrue(md.contains("| 1 | 2.250 | 3.000 | 440 | 4400 | 0 | 250 µs |"), md);
        assertTrue(md.contains("| rare_term | 2.300 | 2.900 | 2.000 | 300 µs |"), md);
        assertTrue(md.contains("| fuzzy | 2.150 | 2.800 | 2.000 | 150 µs |"), md);
        assertTrue(md.indexOf("| rare_term | 2.300") < md.indexOf("| fuzzy | 2.150"), "in the order of the query types");
        Map<?, ?> byType = (Map<?, ?>) ((Map<?, ?>) report.json().get("http")).get("by_type_1_connection");
        assertEquals(List.of("rare_term", "fuzzy"), List.copyOf(byType.keySet()));
        assertEquals(2.3, ((WrkOutput) byType.get("rare_term")).p50Ms());
    }

    @Test
    void aSkippedPeer_isNoFailure() {
        BenchReport report = new BenchReport(results(BenchResults.PostgresResult.notRun("skipped (--skip-postgres)")));
        assertTrue(report.failures().isEmpty());
        assertEquals("skipped (--skip-postgres)", ((Map<?, ?>) report.json().get("postgres")).get("not_run"));
    }
}
