package org.newsarchive.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Removes a leading elided article ({@code l'}, {@code qu’}, {@code jusqu’}...) with either apostrophe, like
 * Lucene's ElisionFilter, and also moves the token's start offset past it, so that a highlight marks
 * {@code l’<mark>armée</mark>} and not the article.
 */
final class ElisionOffsetFilter extends TokenFilter {
    private final CharArraySet articles;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

    ElisionOffsetFilter(TokenStream input, CharArraySet articles) {
        super(input);
        this.articles = articles;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c == '\'' || c == '\u2019') {
                if (i > 0 && i + 1 < length && articles.contains(buffer, 0, i)) {
                    int cut = i + 1;
                    // Only shift the offset when the token still maps one to one onto the source text.
                    if (offset.endOffset() - offset.startOffset() == length) {
                        offset.setOffset(offset.startOffset() + cut, offset.endOffset());
                    }
                    term.copyBuffer(buffer, cut, length - cut);
                }
                break;
            }
        }
        return true;
    }
}
