package org.newsarchive.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one analysis, kept (term, offsets, position increment) so that several fields can be fed from it
 * without analysing the text again, and {@link #replay replayed} as a {@link TokenStream}. Not thread-safe: one
 * document, one writing thread.
 */
final class RecordedTokens {
    private char[] chars = new char[4096];
    private int charCount;
    private int[] termStart = new int[512];
    private int[] termLength = new int[512];
    private int[] startOffset = new int[512];
    private int[] endOffset = new int[512];
    private int[] increment = new int[512];
    private int size;
    private int finalOffset;
    private int finalIncrement;

    int size() {
        return size;
    }

    /** Keeps the current token of a stream. */
    void add(CharTermAttribute term, OffsetAttribute offset, PositionIncrementAttribute inc) {
        if (size == termStart.length) {
            int n = size * 2;
            termStart = Arrays.copyOf(termStart, n);
            termLength = Arrays.copyOf(termLength, n);
            startOffset = Arrays.copyOf(startOffset, n);
            endOffset = Arrays.copyOf(endOffset, n);
            increment = Arrays.copyOf(increment, n);
        }
        int len = term.length();
        if (charCount + len > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
        System.arraycopy(term.buffer(), 0, chars, charCount, len);
        termStart[size] = charCount;
        termLength[size] = len;
        startOffset[size] = offset.startOffset();
        endOffset[size] = offset.endOffset();
        increment[size] = inc.getPositionIncrement();
        charCount += len;
        size++;
    }

    /** Keeps what the stream reported at its end (final offset, trailing position gap). */
    void end(OffsetAttribute offset, PositionIncrementAttribute inc) {
        finalOffset = offset.endOffset();
        finalIncrement = inc.getPositionIncrement();
    }

    /** Keeps the first {@code max} tokens only. */
    void truncate(int max) {
        if (size > max) {
            size = max;
            charCount = termStart[max - 1] + termLength[max - 1];
        }
    }

    /**
     * A stream of kept tokens, as the analysis gave them. They are asked for when the stream is reset, so the
     * analysis can wait until the document is written (on the thread that writes it).
     */
    static TokenStream replay(Supplier<RecordedTokens> tokens) {
        return new Replay(tokens);
    }

    private static final class Replay extends TokenStream {
        private final Supplier<RecordedTokens> source;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private RecordedTokens tokens;
        private int next;

        Replay(Supplier<RecordedTokens> source) {
            this.source = source;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.size) return false;
            clearAttributes();
            term.copyBuffer(tokens.chars, tokens.termStart[next], tokens.termLength[next]);
            offset.setOffset(tokens.startOffset[next], tokens.endOffset[next]);
            inc.setPositionIncrement(tokens.increment[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(tokens.finalOffset, tokens.finalOffset);
            inc.setPositionIncrement(tokens.finalIncrement);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            tokens = source.get();
            next = 0;
        }
    }
}
