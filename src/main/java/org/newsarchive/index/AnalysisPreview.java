package org.newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** The tokens a text becomes in the index, for relevance debugging: same chain as indexing and querying. */
public final class AnalysisPreview {
    /** Longest text analysed; a preview is for a sentence or two, not a book. */
    public static final int MAX_CHARS = 10_000;

    /** One indexed token: its term, its position, and where it came from in the text. */
    public record Token(String term, int position, int start, int end) {}

    private final Analyzers analyzers;

    public AnalysisPreview(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The tokens of {@code text} in the body field of {@code lang} (any unknown language is analysed neutrally). */
    public List<Token> tokens(String lang, String text) {
        String supported = Analyzers.supported(lang);
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzers.forLanguage(supported).tokenStream(Fields.text(supported), text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
