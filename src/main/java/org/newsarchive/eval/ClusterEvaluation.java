package org.newsarchive.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall of reprint clusters against ground-truth duplicate groups (OrangeSum's
 * {@code duplicate_of}: each marked article names the first article of its group).
 *
 * <p>Two readings: <b>links</b> — recall is the share of marked articles put in the cluster of the article they
 * name; precision is the share of articles put in another article's cluster whose cluster's first member is in
 * their ground-truth group. <b>Pairs</b> — every pair of articles in one cluster against every pair in one group.
 */
public final class ClusterEvaluation {
    private ClusterEvaluation() {}

    /** The figures. */
    public record Result(long articles, long clusters, long groundTruthLinks, double linkPrecision, double linkRecall,
                         long predictedPairs, long truePairs, double pairPrecision, double pairRecall) {}

    /**
     * @param clusterOf    article id to its cluster id (every article evaluated), in ingest order
     * @param duplicateOf  marked article id to the id of its group's first article
     */
    public static Result evaluate(Map<String, String> clusterOf, Map<String, String> duplicateOf) {
        Map<String, String> groupOf = new HashMap<>();
        for (String id : clusterOf.keySet()) groupOf.put(id, duplicateOf.getOrDefault(id, id));

        long links = 0, linksFound = 0;
        for (var e : duplicateOf.entrySet()) {
            if (!clusterOf.containsKey(e.getKey()) || !clusterOf.containsKey(e.getValue())) continue;
            links++;
            if (clusterOf.get(e.getKey()).equals(clusterOf.get(e.getValue()))) linksFound++;
        }
        long predictedLinks = 0, predictedLinksRight = 0;
        for (var e : clusterOf.entrySet()) {
            String cluster = e.getValue();
            if (cluster.equals(e.getKey())) continue;
            predictedLinks++;
            if (groupOf.get(e.getKey()).equals(groupOf.getOrDefault(cluster, cluster))) predictedLinksRight++;
        }

        Map<String, Long> clusterSize = count(clusterOf.values());
        Map<String, Long> groupSize = count(groupOf.values());
        Map<String, Long> bothSize = new HashMap<>();
        for (String id : clusterOf.keySet()) bothSize.merge(clusterOf.get(id) + "\u0000" + groupOf.get(id), 1L, Long::sum);
        long predictedPairs = pairs(clusterSize), truePairs = pairs(groupSize), agreed = pairs(bothSize);
        return new Result(clusterOf.size(), clusterSize.size(), links,
                ratio(predictedLinksRight, predictedLinks), ratio(linksFound, links),
                predictedPairs, truePairs, ratio(agreed, predictedPairs), ratio(agreed, truePairs));
    }

    private static Map<String, Long> count(java.util.Collection<String> values) {
        Map<String, Long> out = new HashMap<>();
        for (String v : values) out.merge(v, 1L, Long::sum);
        return out;
    }

    private static long pairs(Map<String, Long> sizes) {
        long n = 0;
        for (long s : sizes.values()) n += s * (s - 1) / 2;
        return n;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 1.0 : a / (double) b;
    }

    /** Convenience for tests: ids listed in order, clusters as given. */
    static Map<String, String> ordered(List<String> ids, List<String> clusters) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) out.put(ids.get(i), clusters.get(i));
        return out;
    }
}
