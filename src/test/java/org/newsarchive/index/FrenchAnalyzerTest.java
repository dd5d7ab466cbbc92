package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class FrenchAnalyzerTest {
    private final Analyzer stemmed = new FrenchAnalyzer(true);
    private final Analyzer folded = new FrenchAnalyzer(false);

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    static void assertTokens(Analyzer a, String text, String... expected) throws IOException {
        assertEquals(List.of(expected), tokens(a, text), "tokens of '" + text + "'");
    }

    @Test
    void elision_removesArticle_withStraightAndCurlyApostrophe_inAnyCase() throws IOException {
        assertTokens(stemmed, "l'armée", "arme");
        assertTokens(stemmed, "L’armée", "arme");
        assertTokens(folded, "Jusqu’où", "ou");
        assertTokens(stemmed, "D'AUTRES matériels", "autr", "materiel");
        assertTokens(folded, "qu’il s’agit", "il", "agit");
    }

    @Test
    void folding_matchesAccentedAndPlainForms_evenForShortWordsAndLigatures() throws IOException {
        assertEquals(tokens(stemmed, "ete"), tokens(stemmed, "été"));
        assertEquals(tokens(stemmed, "elu"), tokens(stemmed, "élu"));
        assertEquals(tokens(stemmed, "noel"), tokens(stemmed, "Noël"));
        assertEquals(tokens(stemmed, "naif"), tokens(stemmed, "naïf"));
        assertEquals(tokens(stemmed, "coeur"), tokens(stemmed, "cœur"));
        assertEquals(tokens(stemmed, "Goita"), tokens(stemmed, "Goïta"));
        assertTokens(folded, "Noël", "noel");
        assertTokens(folded, "cœur", "coeur");
        assertTokens(folded, "Œuvre ÆTHER", "oeuvre", "aether");
    }

    @Test
    void lightStemming_conflatesSingularAndPlural() throws IOException {
        assertEquals(tokens(stemmed, "hélicoptère"), tokens(stemmed, "hélicoptères"));
        assertEquals(tokens(stemmed, "militaire"), tokens(stemmed, "militaires"));
        assertEquals(tokens(stemmed, "coopération"), tokens(stemmed, "cooperations"));
    }

    @Test
    void stopWords_areRemoved_whetherAccentedOrNot() throws IOException {
        assertTokens(stemmed, "le ministre de la Défense", "ministr", "defens");
        assertTokens(stemmed, "à Bamako où il était", "bamako");
        assertTokens(stemmed, "a Bamako ou il etait", "bamako");
    }

    @Test
    void summer_isNotAStopWord() throws IOException {
        assertEquals(1, tokens(stemmed, "l'été").size());
    }

    @Test
    void foldedChain_keepsWholeWordsUnstemmed_forPrefixAndFuzzy() throws IOException {
        assertTokens(folded, "Les élections à l’Assemblée", "les", "elections", "a", "assemblee");
    }

    @Test
    void elision_movesOffsetPastTheArticle_soHighlightsMarkTheWordOnly() throws IOException {
        try (TokenStream ts = stemmed.tokenStream("f", "vu l’armée")) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            ts.incrementToken(); // "vu"
            ts.incrementToken(); // "armee"
            assertEquals(5, offset.startOffset());
            assertEquals(10, offset.endOffset());
            ts.end();
        }
    }
}
