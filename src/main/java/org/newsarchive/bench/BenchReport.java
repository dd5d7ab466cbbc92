package org.newsarchive.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a run as Markdown tables (for people and docs/BENCHMARKS.md) and as a JSON tree. */
public final class BenchReport {
    private static final double MB = 1024.0 * 1024.0;
    private final BenchResults r;

    BenchReport(BenchResults results) {
        this.r = results;
    }

    /** Per-type hit agreement of the peer with us, over the queries PostgreSQL can express. */
    record TypeAgreement(int queries, int sameCount, double medianCountRatio, double meanTopOverlap) {}

    static TypeAgreement summarize(List<HitAgreement> agreements) {
        if (agreements.isEmpty()) return new TypeAgreement(0, 0, Double.NaN, Double.NaN);
        double[] ratios = agreements.stream().mapToDouble(HitAgreement::countRatio).sorted().toArray();
        double median = ratios.length % 2 == 1 ? ratios[ratios.length / 2]
                : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
        int same = (int) agreements.stream().filter(HitAgreement::sameCount).count();
        double overlap = agreements.stream().mapToDouble(HitAgreement::topOverlap).average().orElse(Double.NaN);
        return new TypeAgreement(agreements.size(), same, median, overlap);
    }

    private Map<String, HitAgreement> agreements() {
        Map<String, HitAgreement> out = new LinkedHashMap<>();
        if (r.postgres().notRun() != null) return out;
        for (BenchQuery q : r.queries()) {
            QueryOutcome peer = r.postgres().outcomes().get(q.id());
            QueryOutcome ours = r.lucene().outcomes().get(q.id());
            if (peer != null && ours != null) out.put(q.id(), HitAgreement.of(ours.total(), peer.total(), ours.topIds(), peer.topIds()));
        }
        return out;
    }

    private double docsPerSecond() {
        return r.ingest().docs() / r.ingest().wallSeconds();
    }

    private double pgDocsPerSecond() {
        return r.postgres().load().rows() / r.postgres().load().seconds();
    }

    /** Parts that were asked for and broke (not those skipped or unavailable here): the run then exits 1. */
    public List<String> failures() {
        List<String> out = new ArrayList<>();
        String pg = r.postgres().notRun();
        if (pg != null && pg.startsWith("failed")) out.add("PostgreSQL " + pg);
        String stock = r.stockLucene().notRun();
        if (stock != null && stock.startsWith("failed")) out.add("stock Lucene " + stock);
        String http = r.http().notRun();
        if (http != null && http.startsWith("failed")) out.add("HTTP " + http);
        if (r.coldStart().failure() != null) out.add("cold start failed: " + r.coldStart().failure());
        return out;
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        Map<String, Object> m = r.machine();
        md.append("## newsarchive bench").append(r.config().smoke() ? " (smoke)" : "").append("\n\n");
        md.append(String.format(Locale.ROOT, "Machine: %s CPUs (%s), %.1f GB RAM, load average %.2f at start; %s; JDK %s.%n",
                m.get("cpus"), m.get("cpu_model"), ((Number) m.getOrDefault("ram_bytes", 0L)).doubleValue() / (1L << 30),
                ((Number) m.getOrDefault("load_average_at_start", -1.0)).doubleValue(), m.get("os"), m.get("jdk")));
        md.append("Corpus: `").append(r.config().corpus()).append("`")
                .append(r.config().limit() > 0 ? " (first " + r.config().limit() + " articles)" : "")
                .append(String.format(Locale.ROOT, ", %d articles, %.1f MB of title and body text (UTF-8).%n%n", r.ingest().docs(), r.textBytes() / MB));

        IngestBench.Result in = r.ingest();
        boolean pg = r.postgres().notRun() == null;
        md.append("### Ingest\n\n| | newsarchive | PostgreSQL | ratio |\n|---|---:|---:|---:|\n");
        row(md, "articles", Long.toString(in.docs()), pg ? Long.toString(r.postgres().load().rows()) : "–", "");
        row(md, "wall time", f1(in.wallSeconds()) + " s" + (in.mergeSeconds() > 0 ? " (merge into one segment " + f1(in.mergeSeconds()) + ")" : ""),
                pg ? f1(r.postgres().load().seconds()) + " s (insert " + f1(r.postgres().load().insertSeconds())
                        + " + GIN " + f1(r.postgres().load().indexSeconds()) + ")" : "–", "");
        row(md, "docs/s", f0(docsPerSecond()), pg ? f0(pgDocsPerSecond()) : "–", pg ? ratio(docsPerSecond() / pgDocsPerSecond()) : "");
        row(md, "MB/s (text)", f1(r.textBytes() / MB / in.wallSeconds()), pg ? f1(r.textBytes() / MB / r.postgres().load().seconds()) : "–", "");
        row(md, "CPU (whole JVM, all ingest threads)", f1(in.processCpuSeconds()) + " s", "", "");
        row(md, "docs per CPU-second", f0(in.docs() / in.processCpuSeconds()), "", "");
        row(md, "index size", f1(in.indexBytes() / MB) + " MB",
                pg ? f1(r.postgres().load().totalBytes() / MB) + " MB (GIN " + f1(r.postgres().load().ginBytes() / MB) + ")" : "–",
                pg ? ratio((double) in.indexBytes() / r.postgres().load().totalBytes()) : "");
        row(md, "peak RSS", in.peakRssBytes() < 0 ? "?" : f0(in.peakRssBytes() / MB) + " MB (JVM)",
                pg && r.postgres().load().backendPeakRss() > 0 ? f0(r.postgres().load().backendPeakRss() / MB) + " MB (backend)" : "–", "");
        if (!pg) md.append("\nPostgreSQL: ").append(r.postgres().notRun()).append('\n');
        stockLuceneIngest(md, pg);

        md.append("\n### Queries in process (p50 / p99 in ms)\n\n");
        md.append(String.format(Locale.ROOT, "newsarchive: %d queries × %d rounds after a warm-up of %s, through ArchiveSearch "
                + "(exact total, facets and snippets included), one thread: %.0f queries/s.", r.queries().size(),
                r.config().rounds(), r.lucene().warmup().describe(), r.lucene().qps()));
        if (pg) md.append(String.format(Locale.ROOT, " PostgreSQL %s: ranked top 10 only (`websearch_to_tsquery` + `ts_rank`), %d rounds, %.0f queries/s.",
                r.postgres().version(), r.config().pgRounds(), r.postgres().timings().qps()));
        md.append("\n\n| type | queries | newsarchive p50 | p99 | PostgreSQL p50 | p99 | p50 speed-up | same count | median count ratio | top-10 overlap |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, HitAgreement> agree = agreements();
        for (QueryType type : QueryType.values()) {
            LatencyStats ours = r.lucene().byType().get(type);
            if (ours == null) continue;
            LatencyStats peer = pg ? r.postgres().timings().byType().get(type) : null;
            List<HitAgreement> forType = new ArrayList<>();
            for (BenchQuery q : r.queries()) if (q.type() == type && agree.containsKey(q.id())) forType.add(agree.get(q.id()));
            TypeAgreement ta = summarize(forType);
            long n = r.queries().stream().filter(q -> q.type() == type).count();
            md.append("| ").append(type.label()).append(" | ").append(n).append(" | ").append(f3(ours.p50Ms())).append(" | ").append(f3(ours.p99Ms()))
                    .append(" | ").append(peer == null ? "–" : f3(peer.p50Ms())).append(" | ").append(peer == null ? "–" : f3(peer.p99Ms()))
                    .append(" | ").append(peer == null ? "–" : ratio(peer.p50Ms() / ours.p50Ms()))
                    .append(" | ").append(ta.queries() == 0 ? "–" : ta.sameCount() + "/" + ta.queries())
                    .append(" | ").append(ta.queries() == 0 ? "–" : f2(ta.medianCountRatio()))
                    .append(" | ").append(ta.queries() == 0 ? "–" : f2(ta.meanTopOverlap())).append(" |\n");
        }
        LatencyStats all = r.lucene().all();
        md.append("| **all** | ").append(r.queries().size()).append(" | ").append(f3(all.p50Ms())).append(" | ").append(f3(all.p99Ms()))
                .append(" | ").append(pg ? f3(r.postgres().timings().all().p50Ms()) : "–").append(" | ")
                .append(pg ? f3(r.postgres().timings().all().p99Ms()) : "–").append(" | | | | |\n");
        md.append("\nFuzzy queries have no PostgreSQL full-text equivalent and are timed for newsarchive only; "
                + "prefix queries use `to_tsquery('french_unaccent', 'prefix:*')` (the prefix is stemmed by PostgreSQL).\n");

        LuceneQueryBench.Timings top = r.lucene().topTen();
        md.append("\n### Ranked top 10 only, in process (p50 / p99 in ms)\n\n");
        md.append(String.format(Locale.ROOT, "The same queries, the ids of the first page alone (no exact total, facets or snippets: "
                + "the work of PostgreSQL's timed query), through `ArchiveSearch.rankedIds`: %.0f queries/s.%n%n", top.qps()));
        md.append("Stock Lucene: the same queries through the classic query parser on its one field, `IndexSearcher.search(query, 10)`.\n\n");
        md.append("| type | newsarchive p50 | p99 | PostgreSQL p50 | p50 speed-up | stock Lucene p50 | stock Lucene speed-up over PostgreSQL |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        LuceneQueryBench.Timings stock = r.stockLucene().topTen();
        for (QueryType type : QueryType.values()) {
            LatencyStats ours = top.byType().get(type);
            if (ours == null) continue;
            LatencyStats peer = pg ? r.postgres().timings().byType().get(type) : null;
            LatencyStats floor = stock == null ? null : stock.byType().get(type);
            md.append("| ").append(type.label()).append(" | ").append(f3(ours.p50Ms())).append(" | ").append(f3(ours.p99Ms()))
                    .append(" | ").append(peer == null ? "–" : f3(peer.p50Ms()))
                    .append(" | ").append(peer == null ? "–" : ratio(peer.p50Ms() / ours.p50Ms()))
                    .append(" | ").append(floor == null ? "–" : f3(floor.p50Ms()))
                    .append(" | ").append(peer == null || floor == null ? "–" : ratio(peer.p50Ms() / floor.p50Ms())).append(" |\n");
        }
        md.append("| **all** | ").append(f3(top.all().p50Ms())).append(" | ").append(f3(top.all().p99Ms())).append(" | ")
                .append(pg ? f3(r.postgres().timings().all().p50Ms()) : "–").append(" | | ")
                .append(stock == null ? "–" : f3(stock.all().p50Ms())).append(" | |\n");

        md.append("\n### HTTP (`wrk`, the same queries in turn)\n\n");
        if (r.http().notRun() != null) {
            md.append("not run: ").append(r.http().notRun()).append('\n');
        } else {
            Warmup.Outcome warm = r.http().warmup();
            if (warm != null) {
                md.append("After a warm-up of ").append(warm.describe()).append(", p50 per run: ")
                        .append(String.join(", ", warm.p50Ms().stream().map(BenchReport::f3).toList())).append(" ms.\n\n");
            }
            md.append("| connections | p50 ms | p99 ms | requests/s | requests | non-2xx | p50 overhead over in process |\n|---:|---:|---:|---:|---:|---:|---:|\n");
            r.http().byConnections().forEach((c, w) -> md.append("| ").append(c).append(" | ").append(f3(w.p50Ms())).append(" | ")
                    .append(f3(w.p99Ms())).append(" | ").append(f0(w.requestsPerSecond())).append(" | ").append(w.requests())
                    .append(" | ").append(w.non2xx() + w.socketErrors()).append(" | ")
                    .append(c == 1 ? f0((w.p50Ms() - all.p50Ms()) * 1000) + " µs" : "").append(" |\n"));
            if (!r.http().byType().isEmpty()) {
                md.append("\nBy query type, one connection, ").append(HttpBench.secondsPerType(r.config().httpSeconds()))
                        .append(" s each (that type's queries in turn), beside the same type's whole pages in process:\n\n");
                md.append("| type | HTTP p50 ms | HTTP p99 ms | in process p50 ms | p50 overhead |\n|---|---:|---:|---:|---:|\n");
                r.http().byType().forEach((type, w) -> {
                    LatencyStats inProcess = r.lucene().byType().get(type);
                    md.append("| ").append(type.label()).append(" | ").append(f3(w.p50Ms())).append(" | ").append(f3(w.p99Ms()))
                            .append(" | ").append(inProcess == null ? "–" : f3(inProcess.p50Ms())).append(" | ")
                            .append(inProcess == null ? "–" : f0((w.p50Ms() - inProcess.p50Ms()) * 1000) + " µs").append(" |\n");
                });
            }
        }

        md.append("\n### CLI cold start (`newsarchive search`, wall time of a new process)\n\n");
        ColdStartBench.Result cold = r.coldStart();
        if (cold.notRun() != null) {
            md.append("not run: ").append(cold.notRun()).append('\n');
        } else {
            md.append("| variant | median ms | fastest ms | runs |\n|---|---:|---:|---:|\n");
            cold.runsMs().forEach((name, ms) -> md.append("| ").append(name).append(" | ").append(f0(ms[ms.length / 2]))
                    .append(" | ").append(f0(ms[0])).append(" | ").append(ms.length).append(" |\n"));
            if (!Double.isNaN(cold.cacheCreationSeconds())) {
                md.append(String.format(Locale.ROOT, "%nAOT cache created by the launcher in the background after the first run: %.1f s (once per jar build).%n",
                        cold.cacheCreationSeconds()));
            } else {
                md.append("\nNo AOT cache: JDK ").append(cold.javaMajor()).append(" (needs 25+).\n");
            }
            if (cold.failure() != null) md.append("\nFailed: ").append(cold.failure()).append(".\n");
        }

        if (!agree.isEmpty()) {
            md.append("\n### Hit counts per query (newsarchive vs PostgreSQL)\n\n| id | query | newsarchive | PostgreSQL | count ratio | top-10 overlap |\n|---|---|---:|---:|---:|---:|\n");
            for (BenchQuery q : r.queries()) {
                HitAgreement a = agree.get(q.id());
                if (a == null) continue;
                String text = q.text() + (q.from() != null ? " (" + q.from() + " … " + q.to() + ", by date)" : "");
                md.append("| ").append(q.id()).append(" | `").append(text.replace("|", "\\|")).append("` | ").append(a.ours()).append(" | ")
                        .append(a.peer()).append(" | ").append(f2(a.countRatio())).append(" | ").append(f2(a.topOverlap())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Stock Lucene's ingest beside newsarchive's and PostgreSQL's: what the engine alone costs here. */
    private void stockLuceneIngest(StringBuilder md, boolean pg) {
        StockLucenePeer.Result stock = r.stockLucene();
        md.append("\n#### Stock Lucene, the engine alone\n\n");
        if (stock.notRun() != null) {
            md.append("not run: ").append(stock.notRun()).append('\n');
            return;
        }
        md.append("Lucene's `FrenchAnalyzer` on one field (title and body), title and body stored, one writer thread, default codec, "
                + "merged into one segment; the articles already parsed, in this JVM after newsarchive's ingest (its code is compiled "
                + "by then, which favours it).\n\n");
        md.append("| | stock Lucene | newsarchive ÷ stock Lucene | stock Lucene ÷ PostgreSQL |\n|---|---:|---:|---:|\n");
        row(md, "wall time", f1(stock.wallSeconds()) + " s (merge " + f1(stock.mergeSeconds()) + ")", "", "");
        row(md, "docs/s", f0(stock.docsPerSecond()), ratio(docsPerSecond() / stock.docsPerSecond()),
                pg ? ratio(stock.docsPerSecond() / pgDocsPerSecond()) : "–");
        row(md, "index size", f1(stock.indexBytes() / MB) + " MB", ratio((double) r.ingest().indexBytes() / stock.indexBytes()),
                pg ? ratio((double) stock.indexBytes() / r.postgres().load().totalBytes()) : "–");
    }

    /** The same figures as a JSON tree (milliseconds, bytes, seconds). */
    public Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", r.machine());
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("corpus", r.config().corpus().toString());
        cfg.put("limit", r.config().limit());
        cfg.put("smoke", r.config().smoke());
        cfg.put("queries_per_type", r.config().perType());
        cfg.put("warmup_rounds", r.config().warmupRounds());
        cfg.put("rounds", r.config().rounds());
        cfg.put("pg_rounds", r.config().pgRounds());
        root.put("config", cfg);
        Map<String, Object> ingest = new LinkedHashMap<>();
        IngestBench.Result in = r.ingest();
        ingest.put("docs", in.docs());
        ingest.put("failed", in.failed());
        ingest.put("text_bytes", r.textBytes());
        ingest.put("wall_seconds", in.wallSeconds());
        ingest.put("merge_seconds", in.mergeSeconds());
        ingest.put("docs_per_second", docsPerSecond());
        ingest.put("mb_per_second", r.textBytes() / MB / in.wallSeconds());
        ingest.put("process_cpu_seconds", in.processCpuSeconds());
        ingest.put("index_bytes", in.indexBytes());
        ingest.put("peak_rss_bytes", in.peakRssBytes());
        root.put("ingest", ingest);
        Map<String, Object> queries = new LinkedHashMap<>();
        queries.put("warmup", r.lucene().warmup());
        queries.put("qps_one_thread", r.lucene().qps());
        queries.put("all", r.lucene().all());
        queries.put("by_type", byLabel(r.lucene().byType()));
        root.put("queries_in_process", queries);
        Map<String, Object> topTen = new LinkedHashMap<>();
        topTen.put("qps_one_thread", r.lucene().topTen().qps());
        topTen.put("all", r.lucene().topTen().all());
        topTen.put("by_type", byLabel(r.lucene().topTen().byType()));
        root.put("ranked_top10_in_process", topTen);
        root.put("stock_lucene", stockLuceneJson());
        Map<String, Object> pg = new LinkedHashMap<>();
        if (r.postgres().notRun() != null) {
            pg.put("not_run", r.postgres().notRun());
        } else {
            pg.put("version", r.postgres().version());
            pg.put("os_user", r.postgres().osUser());
            pg.put("load", r.postgres().load());
            pg.put("docs_per_second", pgDocsPerSecond());
            pg.put("ingest_ratio", docsPerSecond() / pgDocsPerSecond());
            pg.put("size_ratio", (double) in.indexBytes() / r.postgres().load().totalBytes());
            pg.put("qps_one_thread", r.postgres().timings().qps());
            pg.put("all", r.postgres().timings().all());
            pg.put("by_type", byLabel(r.postgres().timings().byType()));
            Map<String, Object> speedup = new LinkedHashMap<>();
            r.postgres().timings().byType().forEach((t, s) -> speedup.put(t.label(), s.p50Ms() / r.lucene().byType().get(t).p50Ms()));
            pg.put("p50_speedup_by_type", speedup);
            Map<String, Object> speedupTop = new LinkedHashMap<>();
            r.postgres().timings().byType().forEach((t, s) -> speedupTop.put(t.label(), s.p50Ms() / r.lucene().topTen().byType().get(t).p50Ms()));
            pg.put("p50_speedup_by_type_ranked_top10", speedupTop);
            if (r.stockLucene().notRun() == null) {
                Map<String, Object> speedupStock = new LinkedHashMap<>();
                r.postgres().timings().byType().forEach((t, s) -> speedupStock.put(t.label(), s.p50Ms() / r.stockLucene().topTen().byType().get(t).p50Ms()));
                pg.put("p50_speedup_by_type_stock_lucene", speedupStock);
                pg.put("stock_lucene_ingest_ratio", r.stockLucene().docsPerSecond() / pgDocsPerSecond());
                pg.put("stock_lucene_size_ratio", (double) r.stockLucene().indexBytes() / r.postgres().load().totalBytes());
            }
        }
        root.put("postgres", pg);
        List<Object> perQuery = new ArrayList<>();
        Map<String, HitAgreement> agree = agreements();
        for (BenchQuery q : r.queries()) {
            Map<String, Object> e = q.toJson();
            QueryOutcome ours = r.lucene().outcomes().get(q.id());
            e.put("total", ours.total());
            QueryOutcome stock = r.stockLucene().outcomes().get(q.id());
            if (stock != null) e.put("stock_lucene_total", stock.total());
            HitAgreement a = agree.get(q.id());
            if (a != null) {
                e.put("pg_total", a.peer());
                e.put("count_ratio", a.countRatio());
                e.put("top10_overlap", a.topOverlap());
            }
            perQuery.add(e);
        }
        root.put("queries", perQuery);
        Map<String, Object> http = new LinkedHashMap<>();
        if (r.http().notRun() != null) {
            http.put("not_run", r.http().notRun());
        } else {
            if (r.http().warmup() != null) http.put("warmup", r.http().warmup());
            r.http().byConnections().forEach((c, w) -> http.put(c + "_connections", w));
            Map<String, WrkOutput> byType = new LinkedHashMap<>();
            r.http().byType().forEach((type, w) -> byType.put(type.label(), w));
            if (!byType.isEmpty()) http.put("by_type_1_connection", byType);
        }
        root.put("http", http);
        Map<String, Object> cold = new LinkedHashMap<>();
        if (r.coldStart().notRun() != null) {
            cold.put("not_run", r.coldStart().notRun());
        } else {
            r.coldStart().runsMs().forEach((name, ms) -> cold.put(name, ms));
            cold.put("aot_cache_creation_seconds", Double.isNaN(r.coldStart().cacheCreationSeconds()) ? null : r.coldStart().cacheCreationSeconds());
            if (r.coldStart().failure() != null) cold.put("failure", r.coldStart().failure());
        }
        root.put("cold_start_ms", cold);
        return root;
    }

    private Map<String, Object> stockLuceneJson() {
        StockLucenePeer.Result stock = r.stockLucene();
        Map<String, Object> out = new LinkedHashMap<>();
        if (stock.notRun() != null) {
            out.put("not_run", stock.notRun());
            return out;
        }
        out.put("docs", stock.docs());
        out.put("wall_seconds", stock.wallSeconds());
        out.put("merge_seconds", stock.mergeSeconds());
        out.put("docs_per_second", stock.docsPerSecond());
        out.put("index_bytes", stock.indexBytes());
        out.put("ranked_top10_qps_one_thread", stock.topTen().qps());
        out.put("ranked_top10_all", stock.topTen().all());
        out.put("ranked_top10_by_type", byLabel(stock.topTen().byType()));
        return out;
    }

    private static Map<String, LatencyStats> byLabel(Map<QueryType, LatencyStats> byType) {
        Map<String, LatencyStats> out = new LinkedHashMap<>();
        byType.forEach((t, s) -> out.put(t.label(), s));
        return out;
    }

    private static void row(StringBuilder md, String name, String ours, String peer, String ratio) {
        md.append("| ").append(name).append(" | ").append(ours).append(" | ").append(peer).append(" | ").append(ratio).append(" |\n");
    }

    private static String f0(double v) { return String.format(Locale.ROOT, "%,.0f", v); }
    private static String f1(double v) { return String.format(Locale.ROOT, "%.1f", v); }
    private static String f2(double v) { return String.format(Locale.ROOT, "%.2f", v); }
    private static String f3(double v) { return String.format(Locale.ROOT, "%.3f", v); }
    private static String ratio(double v) { return String.format(Locale.ROOT, "%.2f×", v); }
}
