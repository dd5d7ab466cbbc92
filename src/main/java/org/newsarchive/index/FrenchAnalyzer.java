package org.newsarchive.index;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

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
        TokenStream result = new ElisionOffsetFilter(source, ELIDED);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        if (stem) {
            result = new StopFilter(result, STOP_WORDS);
            result = new FrenchLightStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
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
