package org.newsarchive.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.newsarchive.index.Fields;

/**
 * Ranking knobs, chosen by {@code eval} figures on the three French relevance sets (see docs/RELEVANCE.md).
 *
 * @param titleWeight weight of a title match added on top of the title+body match; 0 turns it off
 * @param k1          BM25 term-frequency saturation
 * @param b           BM25 length normalisation
 * @param pairWeight  weight of a query word pair found side by side in the article (plain queries); 0 turns it off
 * @param exactWeight weight of a query word found in its exact (unstemmed) form (plain queries); 0 turns it off
 * @param evidenceK1  BM25 k1 of the word-pair and exact-form fields: a pair or exact form found once already says
 *                    most of what it can, so it saturates sooner than a word on the main field
 */
public record RankingConfig(float titleWeight, float k1, float b, float pairWeight, float exactWeight, float evidenceK1) {
    public static final float DEFAULT_PAIR_WEIGHT = 0.3f;
    public static final float DEFAULT_EXACT_WEIGHT = 0.5f;
    public static final float DEFAULT_EVIDENCE_K1 = 0.4f;
    public static final RankingConfig DEFAULT = new RankingConfig(0.5f, 1.2f, 0.75f, DEFAULT_PAIR_WEIGHT, DEFAULT_EXACT_WEIGHT,
            DEFAULT_EVIDENCE_K1);

    /** Word weights and BM25 only, with the default pair and exact-form settings. */
    public RankingConfig(float titleWeight, float k1, float b) {
        this(titleWeight, k1, b, DEFAULT_PAIR_WEIGHT, DEFAULT_EXACT_WEIGHT, DEFAULT_EVIDENCE_K1);
    }

    /**
     * The similarity searches use: BM25 with {@code k1} and {@code b}, and {@code evidenceK1} on the pair and exact-form
     * fields (k1 and b act at search time only, so no reindexing is needed).
     */
    public Similarity similarity() {
        BM25Similarity words = new BM25Similarity(k1, b);
        BM25Similarity evidence = new BM25Similarity(evidenceK1, b);
        return new PerFieldSimilarityWrapper() {
            @Override
            public Similarity get(String field) {
                return Fields.pairsLanguageOf(field) != null || Fields.isFolded(field) ? evidence : words;
            }
        };
    }
}
