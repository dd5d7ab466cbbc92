package org.newsarchive.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Ranking knobs, chosen by {@code eval} figures on the three French relevance sets (see docs/RELEVANCE.md).
 *
 * @param titleWeight weight of a title match added on top of the title+body match; 0 turns it off
 * @param k1          BM25 term-frequency saturation
 * @param b           BM25 length normalisation
 */
public record RankingConfig(float titleWeight, float k1, float b) {
    public static final RankingConfig DEFAULT = new RankingConfig(0.5f, 1.2f, 0.75f);

    /** The similarity searches use (BM25's k1 and b act at search time only, so no reindexing is needed). */
    public Similarity similarity() {
        return new BM25Similarity(k1, b);
    }
}
