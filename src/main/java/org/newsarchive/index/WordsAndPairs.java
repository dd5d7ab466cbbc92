package org.newsarchive.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;

/**
 * A language's words field and its word-pairs field from one analysis of the text. The words field records its
 * analysed terms while the writer inverts it; the pairs field, added to the document after it, replays them two by
 * two: the tokens {@link WordPairsAnalyzer} gives (queries still use it), for one pass of the language's chain
 * instead of two — a fifth of the work of the threads that write documents.
 */
final class WordsAndPairs {
    private char[] chars = new char[1024];
    private int[] ends = new int[128];
    private int count;
    private boolean complete;

    private WordsAndPairs() {}

    /** The two fields, words first: the writer inverts a document's fields in the order they were added. */
    static Field[] fields(String wordsField, String pairsField, String text, FieldType pairsType) {
        WordsAndPairs shared = new WordsAndPairs();
        return new Field[] {shared.new Words(wordsField, text), new Field(pairsField, shared.new Pairs(), pairsType)};
    }

    private void clear() {
        count = 0;
        complete = false;
    }

    private void add(CharTermAttribute term) {
        int start = count == 0 ? 0 : ends[count - 1];
        int end = start + term.length();
        if (end > chars.length) chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
        System.arraycopy(term.buffer(), 0, chars, start, term.length());
        if (count == ends.length) ends = Arrays.copyOf(ends, count * 2);
        ends[count++] = end;
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    /** The words field: analysed by the writer's analyzer for its name, as any text field, and recorded. */
    private final class Words extends Field {
        Words(String name, String text) {
            super(name, text, TextField.TYPE_NOT_STORED);
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            clear();
            return new Recorder(super.tokenStream(analyzer, reuse));
        }
    }

    private final class Recorder extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Recorder(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            add(term);
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            complete = true;
        }
    }

    /** Each two neighbouring recorded words, joined by a space as ShingleFilter joins them. */
    private final class Pairs extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            if (!complete) throw new IllegalStateException("word pairs read before their words field was indexed");
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next + 1 >= count) return false;
            clearAttributes();
            term.copyBuffer(chars, start(next), ends[next] - start(next));
            term.append(' ');
            int second = start(next + 1);
            term.resizeBuffer(term.length() + ends[next + 1] - second);
            for (int c = second; c < ends[next + 1]; c++) term.append(chars[c]);
            next++;
            return true;
        }
    }
}
