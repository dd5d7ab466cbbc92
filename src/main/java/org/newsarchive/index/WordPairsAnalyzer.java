package org.newsarchive.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A language's chain followed by word pairs: each two neighbouring words left after stop-word removal and
 * stemming become one token ({@code "président de la République"} gives {@code "president republ"}). Indexed
 * as a field of its own, it rewards articles that use the query's words side by side, for the price of one
 * term lookup per pair (no positions needed) — measured in docs/RELEVANCE.md.
 */
public final class WordPairsAnalyzer extends AnalyzerWrapper {
    private final Analyzer words;

    public WordPairsAnalyzer(Analyzer words) {
        super(words.getReuseStrategy());
        this.words = words;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return words;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), pairsOf(components.getTokenStream()));
    }

    /** The word pairs of a language chain's words. */
    static TokenStream pairsOf(TokenStream words) {
        ShingleFilter pairs = new ShingleFilter(new ClosedGaps(words), 2, 2);
        pairs.setOutputUnigrams(false);
        return pairs;
    }

    @Override
    protected TokenStream wrapTokenStreamForNormalization(String fieldName, TokenStream in) {
        return in;
    }

    /** Closes the holes stop words leave, so that the words around a removed "de la" still pair up. */
    static final class ClosedGaps extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        ClosedGaps(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (increment.getPositionIncrement() > 1) increment.setPositionIncrement(1);
            return true;
        }

        /** Stop words at the very end leave a last hole, which ShingleFilter would pair with a "_" filler. */
        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(0);
        }
    }
}
