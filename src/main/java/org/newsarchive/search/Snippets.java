package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LabelledCharArrayMatcher;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArticleDocuments;
import org.newsarchive.index.Fields;

/**
 * Body passages with the matched words in {@code <mark>}, HTML-escaped, marked as whole words after an elided
 * article ({@code l’<mark>armée</mark>}) whether they matched stemmed, folded or exactly.
 *
 * <p>Where the language's text field keeps offsets in its postings (indexes from 2 December 2026 on), the marks come
 * from there: the highlighter reads the positions of the query's terms in this one document instead of analysing
 * its whole body again, which was half of a search's time. The field holds the title, a paragraph break, then the
 * body ({@link ArticleDocuments#bodyStart}): offsets inside the title are dropped and the rest shifted onto the body.
 * Prefix, wildcard and fuzzy terms become the words of the segment they match, at most the {@link #MAX_EXPANDED_WORDS}
 * most frequent ({@link #expandInto}); for other automata, and in indexes without offsets, the body is analysed.
 */
final class Snippets {
    static final int MAX_LENGTH = 240;
    private final Analyzers analyzers;

    Snippets(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * Snippets for the hits of one request, whose text query per language is {@code textByLanguage}.
     *
     * @param pageDocs the documents (of the searcher's reader) whose snippets will be asked for, in any order
     */
    ForQuery forQuery(Map<String, Query> textByLanguage, int[] pageDocs) {
        return new ForQuery(textByLanguage, pageDocs);
    }

    /**
     * The snippets of one request's hits. Working out what to mark (the query's terms, prefix and fuzzy automata,
     * phrase spans, the offset strategy) costs as much as marking a body, so it is done once per language and segment
     * of the request instead of once per hit. Not thread-safe: the break iterator and the offset strategy keep state; one
     * request, one thread.
     */
    final class ForQuery {
        private final Map<String, Query> textByLanguage;
        private final int[] pageDocs;
        private final Map<String, Marker> built = new HashMap<>();

        private ForQuery(Map<String, Query> textByLanguage, int[] pageDocs) {
            this.textByLanguage = textByLanguage;
            this.pageDocs = pageDocs.clone();
            Arrays.sort(this.pageDocs);
        }

        /** The page's documents in one segment, as the segment numbers them, in order. */
        private int[] pageDocsIn(LeafReaderContext leaf) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            return Arrays.stream(pageDocs).filter(d -> d >= leaf.docBase && d < end).map(d -> d - leaf.docBase).toArray();
        }

        /**
         * A passage of the body of document {@code doc} of {@code reader} for the query in {@code lang}, or the
         * body's beginning when no word of it matched.
         */
        String snippet(IndexReader reader, int doc, String lang, String title, String body) {
            if (body == null || body.isEmpty()) return "";
            Query query = textByLanguage.get(lang);
            if (query == null) return escape(abbreviate(body));
            Object passage;
            try {
                List<LeafReaderContext> leaves = reader.leaves();
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                // Prefix and fuzzy terms are expanded against one segment's words: one marker per segment.
                String key = lang + " " + leaf.ord;
                Marker marker = built.get(key);
                if (marker == null) {
                    boolean postings = ArticleDocuments.keepsOffsets(leaf.reader().getFieldInfos().fieldInfo(Fields.text(lang)));
                    marker = new Marker(lang, query, postings, leaf.reader(), pageDocsIn(leaf));
                    built.put(key, marker);
                }
                marker.bodyStart = ArticleDocuments.bodyStart(title == null ? "" : title);
                passage = marker.fields.highlightFieldForDoc(leaf.reader(), doc - leaf.docBase, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (passage != null && !passage.toString().isBlank()) return passage.toString().strip();
            return escape(abbreviate(body));
        }
    }

    /** Most words a request's prefix, wildcard and fuzzy terms stand for in its snippets: the most frequent ones. */
    static final int MAX_EXPANDED_WORDS = 128;
    /** Past this many matching words, the highlighter runs the automata over each analysed body instead. */
    static final int MAX_ENUMERATED_WORDS = 20_000;

    /**
     * Adds to {@code terms} what the query's prefix, wildcard and fuzzy parts of this language stand for in this
     * segment: the words of the field they search (folded, unstemmed) that they match, analysed by the language's
     * chain into the text-field terms that mark them. Fuzzy terms get marked that way at all: their automaton, run
     * over stemmed body words, missed most of the words it had matched ({@code gouvernemant~1} and the stem of
     * {@code gouvernement}). A short prefix matches hundreds of words ({@code inter*}: 514 in OrangeSum) and each
     * costs a postings lookup per hit, so the {@link #MAX_EXPANDED_WORDS} found in most articles stand for them all:
     * an article holding only a rarer one shows its beginning. False, and nothing added, for another kind of
     * multi-term part or past {@link #MAX_ENUMERATED_WORDS}: the highlighter then analyses the bodies.
     */
    boolean expandInto(Query query, String lang, LeafReader segment, Set<Term> terms) throws IOException {
        List<MultiTermQuery> multiTerm = new ArrayList<>();
        boolean[] unknown = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                if (!lang.equals(Fields.languageOf(field))) return;
                if (q instanceof MultiTermQuery m) multiTerm.add(m); else unknown[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                // Excluded words are never marked.
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        if (unknown[0]) return false;
        // The most frequent matching words, least frequent on top so that it is the one a more frequent word replaces.
        PriorityQueue<Map.Entry<String, Integer>> frequent = new PriorityQueue<>(Map.Entry.comparingByValue());
        int count = 0;
        for (MultiTermQuery m : multiTerm) {
            Terms searched = segment.terms(m.getField());
            if (searched == null) continue;
            // A fuzzy query's own terms enum builds an automaton per edit distance (to score by distance); the words
            // it matches are those of its largest distance alone, one automaton: half the cost of a fuzzy snippet.
            TermsEnum te = m instanceof FuzzyQuery fuzzy ? fuzzy.getAutomata().getTermsEnum(searched) : m.getTermsEnum(searched);
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                if (++count > MAX_ENUMERATED_WORDS) return false;
                if (frequent.size() < MAX_EXPANDED_WORDS) {
                    frequent.add(Map.entry(t.utf8ToString(), te.docFreq()));
                } else if (te.docFreq() > frequent.peek().getValue()) {
                    frequent.poll();
                    frequent.add(Map.entry(t.utf8ToString(), te.docFreq()));
                }
            }
        }
        if (frequent.isEmpty()) return true;
        // One analysis of all the words: each folded word is one token, and the chain maps it on its own.
        StringBuilder words = new StringBuilder();
        for (Map.Entry<String, Integer> word : frequent) words.append(word.getKey()).append(' ');
        for (String stem : QueryFactory.analyze(analyzers.forLanguage(lang), Fields.text(lang), words.toString())) {
            terms.add(new Term(Fields.text(lang), stem));
        }
        return true;
    }

    /**
     * The highlighter of one language and segment for one request: from the postings of the language's text field
     * (offsets kept), or by analysing the body (then under the name {@link Fields#BODY}, which only names the job).
     */
    private final class Marker extends UnifiedHighlighter {
        private final boolean postings;
        /** True when the query's prefix, wildcard and fuzzy parts were replaced by the words they match. */
        private final boolean expanded;
        /** Those words' text-field terms that are not the query's own terms, in term order. */
        private List<BytesRef> expandedOnly = List.of();
        /** For each page document of the segment, the {@link #expandedOnly} terms it holds, in term order. */
        private final Map<Integer, List<BytesRef>> expandedIn = new HashMap<>();
        private final String field;
        /** Where the body starts in the text field of the document being marked. */
        private int bodyStart;
        final FieldHighlighter fields;

        /**
         * @param postings offsets from the segment's text-field postings, else from analysing the body
         * @param segment  the segment of the documents this marker marks
         * @param pageDocs the page's documents in that segment, numbered by it, in order
         */
        Marker(String lang, Query query, boolean postings, LeafReader segment, int[] pageDocs) {
            super(UnifiedHighlighter.builderWithoutSearcher(analyzers.forLanguage(lang))
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                    .withScorer(new LeanPassageScorer())
                    .withMaxLength(MAX_LENGTH * 4)
                    // Query terms live in text_<lang>, title_<lang> and folded_<lang>: all of them mark the body.
                    .withFieldMatcher(f -> lang.equals(Fields.languageOf(f)))
                    .withHighlightPhrasesStrictly(true)
                    // Term by term: the Matches API would ask folded_<lang> and title_<lang> for offsets they do not keep,
                    // and over an analysed body it marked no prefix or fuzzy word.
                    .withWeightMatches(false)
                    // One sentence, never across a paragraph break (titles and captions carry no final period).
                    .withBreakIterator(SentenceBreaks::new));
            this.postings = postings;
            this.field = postings ? Fields.text(lang) : Fields.BODY;
            Set<Term> terms = extractTerms(query);
            Set<Term> expansion = new HashSet<>();
            try {
                this.expanded = expandInto(query, lang, segment, expansion);
                if (postings) findExpandedWords(expansion, terms, segment, pageDocs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            terms.addAll(expansion);
            this.fields = getFieldHighlighter(field, query, terms, 1);
        }

        /**
         * Which page documents hold which expanded words, one pass over each word's postings: looking every one of
         * a short prefix's hundred words up in every hit was most of such a search's time.
         */
        private void findExpandedWords(Set<Term> expansion, Set<Term> queryTerms, LeafReader segment, int[] pageDocs) throws IOException {
            Set<BytesRef> own = new HashSet<>();
            for (Term t : queryTerms) own.add(t.bytes());
            expandedOnly = expansion.stream().map(Term::bytes).filter(t -> !own.contains(t)).sorted().toList();
            Terms text = segment.terms(field);
            if (text == null || expandedOnly.isEmpty()) return;
            TermsEnum te = text.iterator();
            PostingsEnum docs = null;
            for (BytesRef term : expandedOnly) {
                if (!te.seekExact(term)) continue;
                docs = te.postings(docs, PostingsEnum.NONE);
                for (int doc : pageDocs) {
                    int at = docs.docID() < doc ? docs.advance(doc) : docs.docID();
                    if (at == PostingsEnum.NO_MORE_DOCS) break;
                    if (at == doc) expandedIn.computeIfAbsent(doc, d -> new ArrayList<>()).add(term);
                }
            }
            for (int doc : pageDocs) expandedIn.putIfAbsent(doc, List.of());
        }

        /**
         * Expanded prefix and fuzzy terms are plain terms now. Without expansion, their automata make the highlighter
         * analyse each body again (reading them from the postings would walk the segment's whole vocabulary for
         * every hit).
         */
        @Override
        protected LabelledCharArrayMatcher[] getAutomata(String field, Query query, Set<HighlightFlag> highlightFlags) {
            return expanded ? ZERO_LEN_AUTOMATA_ARRAY : super.getAutomata(field, query, highlightFlags);
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            return postings ? OffsetSource.POSTINGS : OffsetSource.ANALYSIS;
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            if (source != OffsetSource.POSTINGS) return super.getOffsetStrategy(source, components);
            // The query's own terms through Lucene's strategy; the expanded ones where the page documents hold them;
            // the words of exact phrases where the phrases match (ExactPhraseOffsets), when its phrases are all exact.
            Set<BytesRef> expandedWords = new HashSet<>(expandedOnly);
            ExactPhraseOffsets phrases = components.phraseHelper().hasPositionSensitivity()
                    ? ExactPhraseOffsets.of(components.query(), components.fieldMatcher()) : null;
            BytesRef[] own = Arrays.stream(components.terms())
                    .filter(t -> !expandedWords.contains(t) && (phrases == null || !phrases.phraseOnly(t))).toArray(BytesRef[]::new);
            UHComponents ownOnly = new UHComponents(components.field(), components.fieldMatcher(), components.query(), own,
                    phrases == null ? components.phraseHelper() : PhraseHelper.NONE, components.automata(),
                    components.hasUnrecognizedQueryPart(), components.highlightFlags());
            return new BodyOffsets(components, super.getOffsetStrategy(source, ownOnly), phrases);
        }

        /** Offsets read from the text field, without the title's and moved onto the body. */
        private final class BodyOffsets extends FieldOffsetStrategy {
            private final FieldOffsetStrategy in;
            /** The exact phrases' words, or null when Lucene's phrase helper inside {@code in} marks them. */
            private final ExactPhraseOffsets phrases;

            BodyOffsets(UHComponents components, FieldOffsetStrategy in, ExactPhraseOffsets phrases) {
                super(components);
                this.in = in;
                this.phrases = phrases;
            }

            @Override
            public OffsetSource getOffsetSource() {
                return OffsetSource.POSTINGS;
            }

            @Override
            public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
                OffsetsEnum own = in.getOffsetsEnum(reader, doc, content);
                // A document off the page (none is asked for today) is looked up for every expanded word.
                List<BytesRef> words = expandedIn.getOrDefault(doc, expandedOnly);
                List<OffsetsEnum> inPhrases = phrases == null ? List.of() : phrases.offsets(reader, field, doc);
                Terms text = words.isEmpty() ? null : reader.terms(field);
                if (text == null && inPhrases.isEmpty()) return new Shifted(own, bodyStart);
                List<OffsetsEnum> all = new ArrayList<>();
                all.add(own);
                all.addAll(inPhrases);
                if (text == null) return new Shifted(new OffsetsEnum.MultiOffsetsEnum(all), bodyStart);
                TermsEnum te = text.iterator();
                for (BytesRef word : words) {
                    if (!te.seekExact(word)) continue;
                    PostingsEnum offsets = te.postings(null, PostingsEnum.OFFSETS);
                    if (offsets.advance(doc) == doc) all.add(new OffsetsEnum.OfPostings(word, offsets));
                }
                return new Shifted(new OffsetsEnum.MultiOffsetsEnum(all), bodyStart);
            }
        }
    }

    /**
     * Lucene's passage scoring, same formula and same order of additions (so the same scores), without the
     * {@code BytesRefHash} it allocates for every candidate passage: its first 32 KB block was a tenth of a
     * common word's search. A passage holds a handful of matches, so a linear scan finds the distinct terms.
     */
    static final class LeanPassageScorer extends PassageScorer {
        private static final int LINEAR_SCAN_LIMIT = 64;

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            if (matches > LINEAR_SCAN_LIMIT) return super.score(passage, contentLength);
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            // Distinct terms in order of first match, as BytesRefHash numbers them.
            BytesRef[] distinct = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDoc = new int[matches];
            int size = 0;
            for (int i = 0; i < matches; i++) {
                int at = 0;
                while (at < size && !distinct[at].bytesEquals(terms[i])) at++;
                if (at == size) {
                    distinct[size] = terms[i];
                    inDoc[size] = freqsInDoc[i];
                    size++;
                }
                inPassage[at]++;
            }
            double score = 0d;
            for (int i = 0; i < size; i++) score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }

    /** The positions of an offsets enum from {@code shift} on, moved back by {@code shift}. */
    private static final class Shifted extends OffsetsEnum {
        private final OffsetsEnum in;
        private final int shift;

        Shifted(OffsetsEnum in, int shift) {
            this.in = in;
            this.shift = shift;
        }

        @Override
        public boolean nextPosition() throws IOException {
            while (in.nextPosition()) {
                if (in.startOffset() >= shift) return true;
            }
            return false;
        }

        @Override public int freq() throws IOException { return in.freq(); }
        @Override public BytesRef getTerm() throws IOException { return in.getTerm(); }
        @Override public int startOffset() throws IOException { return in.startOffset() - shift; }
        @Override public int endOffset() throws IOException { return in.endOffset() - shift; }
        @Override public void close() throws IOException { in.close(); }
    }

    private static String abbreviate(String body) {
        String first = body.split("\n\n", 2)[0];
        if (first.length() <= MAX_LENGTH) return first;
        int cut = first.lastIndexOf(' ', MAX_LENGTH);
        return first.substring(0, cut > 0 ? cut : MAX_LENGTH) + " …";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
