package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Where a query's exact phrases occur in one document, read from the text field's postings (positions and offsets):
 * the words the highlighter marks with strict phrases. Lucene's {@code PhraseHelper} does the same through a span
 * query, rewritten and weighted again for every hit, which was a sixth of a phrase search's time. This one handles
 * queries whose positional parts are all exact phrases ({@link PhraseQuery} without slop, the search syntax's
 * "quotes"); for any other, {@link #of} returns null and Lucene's helper stays.
 *
 * <p>Same answers as the helper's: a word found only in phrases is marked where a phrase matches, each occurrence once
 * (its distinct offsets, in order, their count as its frequency); a word the query also asks alone is left to the
 * ordinary term offsets, which mark it everywhere.
 */
final class ExactPhraseOffsets {
    /** A phrase's words and their positions, relative to its first word's. */
    private record Phrase(BytesRef[] words, int[] positions) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Phrase p && Arrays.equals(words, p.words) && Arrays.equals(positions, p.positions);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(words) + Arrays.hashCode(positions);
        }
    }

    private final List<Phrase> phrases;
    /** Words that only phrases ask for: their offsets come from here, not from the ordinary term offsets. */
    private final Set<BytesRef> phraseOnly;

    private ExactPhraseOffsets(List<Phrase> phrases, Set<BytesRef> phraseOnly) {
        this.phrases = phrases;
        this.phraseOnly = phraseOnly;
    }

    /**
     * The exact phrases of {@code query} in the fields {@code fields} accepts, or null when it has none or has another
     * positional part (a sloppy phrase, a multi-phrase, spans), which Lucene's helper must handle.
     */
    static ExactPhraseOffsets of(Query query, Predicate<String> fields) {
        Set<Phrase> phrases = new java.util.LinkedHashSet<>();
        Set<BytesRef> alone = new HashSet<>();
        boolean[] other = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return fields.test(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                if (q instanceof PhraseQuery p) {
                    if (p.getSlop() != 0) other[0] = true;
                    int[] at = p.getPositions();
                    int[] relative = new int[at.length];
                    BytesRef[] words = new BytesRef[terms.length];
                    for (int i = 0; i < terms.length; i++) {
                        words[i] = terms[i].bytes();
                        relative[i] = at[i] - at[0];
                    }
                    phrases.add(new Phrase(words, relative));
                } else if (q instanceof TermQuery || q instanceof SynonymQuery) {
                    for (Term t : terms) alone.add(t.bytes());
                } else {
                    other[0] = true;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                // Words that must not match are not marked; their phrases must not be either.
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        if (other[0] || phrases.isEmpty()) return null;
        Set<BytesRef> phraseOnly = new HashSet<>();
        for (Phrase p : phrases) for (BytesRef w : p.words()) if (!alone.contains(w)) phraseOnly.add(w);
        return new ExactPhraseOffsets(List.copyOf(phrases), phraseOnly);
    }

    /** True for a word only phrases ask for: the ordinary term offsets must leave it to {@link #offsets}. */
    boolean phraseOnly(BytesRef word) {
        return phraseOnly.contains(word);
    }

    /** The offsets of the phrase-only words where a phrase matches in {@code doc}, one enum per word. */
    List<OffsetsEnum> offsets(LeafReader segment, String field, int doc) throws IOException {
        Terms terms = segment.terms(field);
        if (terms == null) return List.of();
        TermsEnum te = terms.iterator();
        Map<BytesRef, Collected> byWord = new LinkedHashMap<>();
        for (Phrase phrase : phrases) {
            int n = phrase.words().length;
            int[][] positions = new int[n][];
            int[][] starts = new int[n][];
            int[][] ends = new int[n][];
            boolean held = true;
            for (int i = 0; i < n && held; i++) {
                held = te.seekExact(phrase.words()[i]);
                if (!held) break;
                PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
                held = postings.advance(doc) == doc;
                if (!held) break;
                int freq = postings.freq();
                positions[i] = new int[freq];
                starts[i] = new int[freq];
                ends[i] = new int[freq];
                for (int k = 0; k < freq; k++) {
                    positions[i][k] = postings.nextPosition();
                    starts[i][k] = postings.startOffset();
                    ends[i][k] = postings.endOffset();
                }
            }
            if (!held) continue;
            for (int first = 0; first < positions[0].length; first++) {
                int base = positions[0][first];
                int[] at = new int[n];
                boolean matches = true;
                for (int i = 1; i < n && matches; i++) {
                    at[i] = Arrays.binarySearch(positions[i], base + phrase.positions()[i]);
                    matches = at[i] >= 0;
                }
                if (!matches) continue;
                at[0] = first;
                for (int i = 0; i < n; i++) {
                    BytesRef word = phrase.words()[i];
                    if (!phraseOnly.contains(word)) continue;
                    byWord.computeIfAbsent(word, Collected::new).add(starts[i][at[i]], ends[i][at[i]]);
                }
            }
        }
        List<OffsetsEnum> out = new ArrayList<>(byWord.size());
        for (Collected c : byWord.values()) out.add(c.done());
        return out;
    }

    /** One word's matched occurrences: distinct (start, end) pairs in order, as the span collector keeps them. */
    private static final class Collected extends OffsetsEnum {
        private final BytesRef word;
        private long[] pairs = new long[4];
        private int size;
        private int at = -1;

        Collected(BytesRef word) {
            this.word = word;
        }

        void add(int start, int end) {
            if (size == pairs.length) pairs = Arrays.copyOf(pairs, size * 2);
            pairs[size++] = ((long) start << 32) | (end & 0xFFFF_FFFFL);
        }

        Collected done() {
            Arrays.sort(pairs, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) if (distinct == 0 || pairs[i] != pairs[distinct - 1]) pairs[distinct++] = pairs[i];
            size = distinct;
            return this;
        }

        @Override
        public boolean nextPosition() {
            return ++at < size;
        }

        @Override
        public int freq() {
            return size;
        }

        @Override
        public BytesRef getTerm() {
            return word;
        }

        @Override
        public int startOffset() {
            return (int) (pairs[at] >>> 32);
        }

        @Override
        public int endOffset() {
            return (int) pairs[at];
        }
    }
}
