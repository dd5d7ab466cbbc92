package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.newsarchive.index.Analyzers;

class QueryFactoryTest {
    private final Analyzers analyzers = new Analyzers();

    private QueryFactory factory(float titleWeight, float pairWeight) {
        return factory(titleWeight, pairWeight, 0f);
    }

    private QueryFactory factory(float titleWeight, float pairWeight, float exactWeight) {
        return new QueryFactory(analyzers, new RankingConfig(titleWeight, 1.2f, 0.75f, pairWeight, exactWeight, RankingConfig.DEFAULT_EVIDENCE_K1));
    }

    /** "field:term" to weight, for every clause of a plain query; all clauses must be optional. */
    private static Map<String, Float> weights(Query q) {
        Map<String, Float> out = new TreeMap<>();
        for (BooleanClause c : ((BooleanQuery) q).clauses()) {
            assertEquals(Occur.SHOULD, c.occur(), "plain query clauses are optional");
            float weight = 1f;
            Query inner = c.query();
            if (inner instanceof BoostQuery bq) {
                weight = bq.getBoost();
                inner = bq.getQuery();
            }
            out.put(((TermQuery) inner).getTerm().field() + ":" + ((TermQuery) inner).getTerm().text(), weight);
        }
        return out;
    }

    @Test
    void plainQuery_scoresWordsTitleAndNeighbouringPairs() {
        Map<String, Float> w = weights(factory(0.5f, 0.3f).plainQuery("le président de la République", "fr", QueryFactory.MAX_PLAIN_TERMS));
        assertEquals(Map.of(
                "text_fr:president", 1f, "title_fr:president", 0.5f,
                "text_fr:republ", 1f, "title_fr:republ", 0.5f,
                "pairs_fr:president republ", 0.3f), w);
    }

    @Test
    void plainQuery_scoresTheExactFormOfEveryKeptWord_onTheLanguagesFoldedField() {
        Map<String, Float> w = weights(factory(0f, 0f, 0.5f).plainQuery("Le président de l’Économie, économiques", "fr", QueryFactory.MAX_PLAIN_TERMS));
        // Stop words (le, de) stay out; the elided article goes; the two forms of one stem stay apart.
        assertEquals(Map.of("text_fr:president", 1f, "text_fr:econom", 2f,
                "folded_fr:president", 0.5f, "folded_fr:economie", 0.5f, "folded_fr:economiques", 0.5f), w);
    }

    @Test
    void plainQuery_weighsARepeatedPairByItsCount() {
        Map<String, Float> w = weights(factory(0f, 0.3f).plainQuery("Macron, Lyon. Macron à Lyon", "fr", QueryFactory.MAX_PLAIN_TERMS));
        assertEquals(Map.of("text_fr:macron", 2f, "text_fr:lyon", 2f,
                "pairs_fr:macron lyon", 0.6f, "pairs_fr:lyon macron", 0.3f), w);
    }

    @Test
    void plainQuery_hasNoPairs_whenPairWeightIsZero() {
        Map<String, Float> w = weights(factory(0.5f, 0f).plainQuery("président de la République", "fr", QueryFactory.MAX_PLAIN_TERMS));
        assertTrue(w.keySet().stream().noneMatch(k -> k.startsWith("pairs_")), w.toString());
    }

    @Test
    void plainQuery_hasNoPairs_forOneWord() {
        assertEquals(Map.of("text_fr:lyon", 1f), weights(factory(0f, 0.3f).plainQuery("Lyon", "fr", QueryFactory.MAX_PLAIN_TERMS)));
    }

    @Test
    void plainQuery_isNull_forStopWordsOnly() {
        assertNull(factory(0.5f, 0.3f).plainQuery("de la", "fr", QueryFactory.MAX_PLAIN_TERMS));
    }

    @Test
    void plainQuery_keepsAtMostTheMaximumOfWordsAndPairs_forAVeryLongText() {
        String text = IntStream.range(0, 400).mapToObj(i -> "mot" + i).collect(Collectors.joining(" "));
        Map<String, Float> w = weights(factory(0f, 0.3f).plainQuery(text, "fr", QueryFactory.MAX_PLAIN_TERMS));
        assertEquals(QueryFactory.MAX_PLAIN_TERMS, w.keySet().stream().filter(k -> k.startsWith("text_")).count());
        assertEquals(QueryFactory.MAX_PLAIN_PAIRS, w.keySet().stream().filter(k -> k.startsWith("pairs_")).count());
    }
}
