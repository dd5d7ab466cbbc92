package org.newsarchive.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.newsarchive.search.ArchiveSearch;
import org.newsarchive.search.SearchHit;
import org.newsarchive.search.SearchRequest;

/**
 * Runs every query of a {@link RelevanceSet} through the search seam with default settings (plain words
 * unless told otherwise) and averages MRR@10, nDCG@10 and Recall@100.
 */
public final class Evaluation {
    static final int DEPTH = 100;

    /** Mean figures over {@code queries} queries. */
    public record Result(double mrr10, double ndcg10, double recall100, int queries, double seconds) {
        public String summary() {
            return String.format(Locale.ROOT, "MRR@10 %.4f  nDCG@10 %.4f  Recall@100 %.4f  queries %d  (%.1f s)",
                    mrr10, ndcg10, recall100, queries, seconds);
        }
    }

    private final ArchiveSearch search;
    private final boolean plain;

    public Evaluation(ArchiveSearch search, boolean plain) {
        this.search = search;
        this.plain = plain;
    }

    /** Evaluates; writes a TREC run file to {@code run} when not null; {@code progress} gets the count done. */
    public Result run(RelevanceSet set, Writer run, IntConsumer progress) throws IOException {
        long started = System.nanoTime();
        double mrr = 0, ndcg = 0, recall = 0;
        int n = 0;
        for (Map.Entry<String, String> q : set.queries().entrySet()) {
            SearchRequest request = SearchRequest.of(q.getValue()).withSize(DEPTH).withPlain(plain);
            List<SearchHit> hits = search.search(request).hits();
            List<String> ids = hits.stream().map(SearchHit::id).toList();
            Map<String, Integer> relevant = set.qrels().get(q.getKey());
            mrr += Metrics.reciprocalRank(ids, relevant, 10);
            ndcg += Metrics.ndcg(ids, relevant, 10);
            recall += Metrics.recall(ids, relevant, DEPTH);
            if (run != null) {
                for (int i = 0; i < hits.size(); i++) {
                    run.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f newsarchive%n", q.getKey(), hits.get(i).id(), i + 1, hits.get(i).score()));
                }
            }
            progress.accept(++n);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return n == 0 ? new Result(0, 0, 0, 0, seconds) : new Result(mrr / n, ndcg / n, recall / n, n, seconds);
    }
}
