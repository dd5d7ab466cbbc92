package org.newsarchive.eval;

import java.util.List;
import java.util.Map;

/** Standard ranking measures of one query's ranked ids against its judgments. */
final class Metrics {
    private Metrics() {}

    /** Reciprocal rank of the first relevant id within the first {@code k}, else 0. */
    static double reciprocalRank(List<String> ranked, Map<String, Integer> relevant, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.containsKey(ranked.get(i))) return 1.0 / (i + 1);
        }
        return 0;
    }

    /** nDCG with exponential gain (2^grade - 1) and log2 discount, cut at {@code k}. */
    static double ndcg(List<String> ranked, Map<String, Integer> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            Integer grade = relevant.get(ranked.get(i));
            if (grade != null) dcg += (Math.pow(2, grade) - 1) / log2(i + 2);
        }
        List<Integer> ideal = relevant.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Share of the relevant ids found within the first {@code k}. */
    static double recall(List<String> ranked, Map<String, Integer> relevant, int k) {
        if (relevant.isEmpty()) return 0;
        long found = ranked.stream().limit(k).filter(relevant::containsKey).count();
        return (double) found / relevant.size();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
