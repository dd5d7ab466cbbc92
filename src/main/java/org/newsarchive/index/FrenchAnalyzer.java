package org.newsarchive.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * French analysis done right: elision with both apostrophes in any case, full accent and ligature folding
 * before stemming (so {@code élu}, {@code Noël}, {@code cœur} match {@code elu}, {@code noel}, {@code coeur}),
 * a stop list folded the same way, light stemming. With {@code stem=false} it is the folded, unstemmed
 * chain used for prefix, wildcard and fuzzy terms.
 */
public final class FrenchAnalyzer extends Analyzer {

    /** Elided articles and conjunctions, matched case-insensitively. */
    static final CharArraySet ELIDED = new CharArraySet(Arrays.asList(
            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    /**
     * A query word without its elided article ({@code l’armée} → {@code armée}, {@code Jusqu'où} → {@code où}), as
     * the analysis chain strips it from indexed words: prefix, wildcard and fuzzy words are not analysed, only
     * normalised, so the parser strips it itself. Anything else comes back as it is.
     */
    public static String withoutElision(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return i > 0 && i + 1 < word.length() && ELIDED.contains(word.substring(0, i)) ? word.substring(i + 1) : word;
            }
        }
        return word;
    }

    /**
     * Lucene's French stop words, folded like the text. "été" stays searchable: as a noun (summer) it
     * matters more than as a form of "être".
     */
    static final CharArraySet STOP_WORDS = foldedStopWords();

    private final boolean stem;

    public FrenchAnalyzer(boolean stem) {
        this.stem = stem;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream folded = foldedStage(source);
        return new TokenStreamComponents(source, stem ? stemmedStage(folded) : folded);
    }

    /** Elision, lower case, accents and ligatures folded: the folded, unstemmed words. */
    private static TokenStream foldedStage(Tokenizer source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionOffsetFilter(source, ELIDED)));
    }

    /** Stop words out, then light stemming: the words of the text field, from the folded ones. */
    private static TokenStream stemmedStage(TokenStream folded) {
        return new FrenchLightStemFilter(new StopFilter(folded, STOP_WORDS));
    }

    /**
     * The stemmed chain with its folded stage recorded on the way: one pass over a text gives the words of both
     * the text field and the folded field (the chain with and without {@code stem}), which indexing used to
     * analyse separately. One instance per thread, reused from text to text.
     */
    static final class BothStages {
        private final Tokenizer source = new StandardTokenizer();
        private final Tap tap = new Tap(foldedStage(source));
        private final TokenStream stemmed = stemmedStage(tap);
        private final CharTermAttribute term = stemmed.getAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = stemmed.getAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = stemmed.getAttribute(PositionIncrementAttribute.class);

        /** Records the first {@code max} stemmed and the first {@code max} folded words of {@code text}. */
        void analyse(String text, int max, RecordedTokens stemmedOut, RecordedTokens foldedOut) throws IOException {
            tap.sink = foldedOut;
            try {
                source.setReader(new StringReader(text));
                stemmed.reset();
                while (stemmedOut.size() < max && stemmed.incrementToken()) stemmedOut.add(term, offset, increment);
                stemmed.end();
                stemmedOut.end(offset, increment);
            } finally {
                stemmed.close();
                tap.sink = null;
            }
            foldedOut.truncate(max);
        }
    }

    /** Passes tokens through, recording each one (and the stream's end) into its sink when it has one. */
    private static final class Tap extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private RecordedTokens sink;

        Tap(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (sink != null) sink.add(term, offset, increment);
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            if (sink != null) sink.end(offset, increment);
        }
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(200, false);
        for (Object word : org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet()) {
            String text = new String((char[]) word);
            char[] out = new char[text.length() * 4];
            int n = ASCIIFoldingFilter.foldToASCII(text.toCharArray(), 0, out, 0, text.length());
            String f = new String(out, 0, n);
            if (!f.equals("ete")) folded.add(f);
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
