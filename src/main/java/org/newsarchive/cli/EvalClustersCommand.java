package org.newsarchive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsarchive.Article;
import org.newsarchive.eval.ClusterEvaluation;
import org.newsarchive.bench.ProcessMemory;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.IndexReport;
import org.newsarchive.index.Indexer;
import org.newsarchive.index.ReprintClusters;
import org.newsarchive.index.ReprintsAndDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsarchive eval-clusters FILE}: reprint clusters against the file's {@code duplicate_of} marks. */
@Command(name = "eval-clusters", description = "Measure reprint clustering against duplicate_of marks (e.g. OrangeSum).")
final class EvalClustersCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Parameters(paramLabel = "FILE", description = "JSON lines whose records may carry \"duplicate_of\": the id of their group's first article.")
    Path file;

    @Option(names = "--ingest-cost", description = "Also index the file into a temporary index and report the time clustering and dating took.")
    boolean ingestCost;

    @Option(names = "--threshold", paramLabel = "J", description = "Clustering threshold to measure (default: the one ingest uses, ${DEFAULT-VALUE}).")
    double threshold = ReprintClusters.THRESHOLD;

    @Option(names = "--show-errors", paramLabel = "N", description = "Print N articles clustered with an article outside their duplicate group.")
    int showErrors;

    @Override
    public Integer call() throws Exception {
        var out = top.console.out();
        List<Article> articles = IntelligenceInputs.read(file);
        Map<String, String> duplicateOf = new HashMap<>();
        for (Article a : articles) {
            String canonical = a.metadata().get("duplicate_of");
            if (canonical != null) duplicateOf.put(a.id(), canonical);
        }
        if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("--threshold must be in (0, 1], got " + threshold);
        ReprintsAndDates reprints = new ReprintsAndDates(threshold);
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (Article a : articles) clusterOf.put(a.id(), reprints.enrich(a, null).extras().cluster());
        ClusterEvaluation.Result r = ClusterEvaluation.evaluate(clusterOf, duplicateOf);
        out.printf(Locale.ROOT, "%d articles, %d clusters, %d duplicate_of links (threshold %.2f estimated Jaccard, 3-word shingles)%n",
                r.articles(), r.clusters(), r.groundTruthLinks(), threshold);
        out.printf(Locale.ROOT, "links: precision %.4f recall %.4f%n", r.linkPrecision(), r.linkRecall());
        out.printf(Locale.ROOT, "pairs: precision %.4f recall %.4f (%d predicted pairs, %d true pairs)%n",
                r.pairPrecision(), r.pairRecall(), r.predictedPairs(), r.truePairs());
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) byId.put(a.id(), a);
        int shown = 0;
        for (var e : clusterOf.entrySet()) {
            if (shown >= showErrors) break;
            String id = e.getKey(), cluster = e.getValue();
            if (cluster.equals(id) || duplicateOf.getOrDefault(id, id).equals(duplicateOf.getOrDefault(cluster, cluster))) continue;
            shown++;
            out.printf("wrong: %s \"%s\" in cluster %s \"%s\"%n", id, byId.get(id).title(), cluster, byId.get(cluster).title());
        }
        out.printf(Locale.ROOT, "clustering and dating in memory: %.1f s%n", reprints.seconds());
        if (ingestCost) {
            out.flush();
            Path dir = Files.createTempDirectory("newsarchive-ingest-cost");
            try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
                Indexer indexer = new Indexer(index, Archives.DEFAULT_LANG, null);
                // Ingest runs on several threads, so the feature's cost is counted in CPU time, not wall time.
                long cpuBefore = ProcessMemory.processCpuNanos();
                IndexReport report = indexer.index(List.of(file), n -> {});
                double cpu = (ProcessMemory.processCpuNanos() - cpuBefore) / 1e9;
                double enrich = index.enrichSeconds();
                out.printf(Locale.ROOT, "ingest: %s%n", report.summary());
                out.printf(Locale.ROOT, "  CPU %.1f s in all (wall %.1f s); reprints and dates %.1f s of it (+%.1f %% over the rest); first read of the inputs (parsing, boilerplate counts) %.1f s wall%n",
                        cpu, report.seconds(), enrich, 100 * enrich / (cpu - enrich), indexer.boilerplateSeconds());
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        out.flush();
        return 0;
    }
}
