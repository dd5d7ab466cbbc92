package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.junit.jupiter.api.Test;
import org.newsarchive.index.Fields;

class RankingConfigTest {
    private static BM25Similarity of(RankingConfig config, String field) {
        return (BM25Similarity) ((PerFieldSimilarityWrapper) config.similarity()).get(field);
    }

    @Test
    void pairAndExactFormFields_saturateWithTheirOwnK1_wordsAndTitlesWithTheMainOne() {
        RankingConfig config = new RankingConfig(0.5f, 1.4f, 0.7f, 0.3f, 0.5f, 0.6f);
        for (String field : new String[] {Fields.pairs("fr"), Fields.folded("fr"), Fields.pairs("de"), Fields.folded("und")}) {
            assertEquals(0.6f, of(config, field).getK1(), field);
            assertEquals(0.7f, of(config, field).getB(), field);
        }
        for (String field : new String[] {Fields.text("fr"), Fields.title("fr"), Fields.text("ar")}) {
            assertEquals(1.4f, of(config, field).getK1(), field);
            assertEquals(0.7f, of(config, field).getB(), field);
        }
    }
}
