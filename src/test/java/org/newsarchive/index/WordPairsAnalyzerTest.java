package org.newsarchive.index;

import static org.newsarchive.index.FrenchAnalyzerTest.assertTokens;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class WordPairsAnalyzerTest {
    private final Analyzer pairs = new WordPairsAnalyzer(new FrenchAnalyzer(true));

    @Test
    void pairs_joinNeighbouringStemmedWords() throws IOException {
        assertTokens(pairs, "Élections municipales anticipées", "election municipal", "municipal anticip");
    }

    @Test
    void pairs_bridgeTheGapLeftByStopWords() throws IOException {
        assertTokens(pairs, "le président de la République", "president republ");
    }

    @Test
    void pairs_neverPairTheLastWordWithAFiller_whenTheTextEndsInStopWords() throws IOException {
        assertTokens(pairs, "les élections de la");
        assertTokens(pairs, "Macron et Lyon, de la", "macron lyon");
    }

    @Test
    void pairs_areEmpty_forASingleWord() throws IOException {
        assertTokens(pairs, "Lyon");
        assertTokens(pairs, "de la");
    }
}
