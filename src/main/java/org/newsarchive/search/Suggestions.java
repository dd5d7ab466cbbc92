package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Fields;

/**
 * Suggestions from the archive's own vocabulary: "did you mean" for misspelled queries (Lucene's
 * {@link DirectSpellChecker} over the folded fields of every language, so accents never count as mistakes:
 * {@code helicoptere} matches {@code hélicoptère} and is left alone), and completions of a prefix for the search box (titles containing a word
 * starting with it, and the most frequent words starting with it).
 */
public final class Suggestions {
    /** Below this many hits, a correction must find more articles than the query to be offered. */
    public static final int FEW_HITS = 3;
    /** Longest query, in words, that gets a suggestion: a pasted paragraph is not a misspelled search. */
    public static final int MAX_WORDS = 10;
    /**
     * A word that at most {@link #FEW_HITS} articles hold, in a query that finds at most that many, is corrected when
     * a word one edit away is held by this many times more articles: a typo that made it into print
     * ("gouvernemant" in one article, "gouvernement" in hundreds). One edit only: a rare name two edits from a
     * common word (Ménaka, menace) is not a typo.
     */
    public static final int MORE_POPULAR_RATIO = 10;
    /** Letters at the end of a word where its forms differ (conjugation, plural, gender). */
    private static final int ENDING = 2;
    /** Query words: letters, digits, apostrophes and hyphens, possibly after a field name ("title:"). */
    private static final Pattern WORD = Pattern.compile("(?<![\\w*~?])([\\p{L}][\\p{L}\\p{N}'’-]*)(?![\\w*~?:])");

    /** One completion. @param kind "title" or "term" */
    public record Completion(String text, String kind, long weight) {}

    private final ArchiveIndex index;
    /**
     * For unknown words: the first letter may be wrong too (Lucene's default keeps it), "ictrice", "hcamps" and
     * "lassique" are typos of "actrice", "champs" and "classique" (Lucene still keeps one letter at two edits).
     */
    private final DirectSpellChecker spellChecker = checker(2, 0);
    /**
     * For rare words: one edit, first letter kept, since a rare word is mostly a real name ("Osama" is not a typo of
     * "Obama", "Gignac" not one of "Lignac").
     */
    private final DirectSpellChecker oneEditChecker = checker(1, 1);

    private static DirectSpellChecker checker(int maxEdits, int minPrefix) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(minPrefix);
        return checker;
    }

    public Suggestions(ArchiveIndex index) {
        this.index = index;
    }

    /** {@link #didYouMean(String, IndexReader, boolean)} for a query that found more than a few articles. */
    public String didYouMean(String query, IndexReader reader) throws IOException {
        return didYouMean(query, reader, false);
    }

    /**
     * The query with every unknown word replaced by the closest more frequent indexed word, or null when every word
     * is known or no replacement exists. When the query found few articles ({@code fewHits}), a word that only a few
     * articles hold is replaced too if a word one edit away is far more common ({@link #MORE_POPULAR_RATIO}). Words
     * are compared folded (lower case, no accents); a replacement is written as the articles write it, accents
     * included, capitalised when the typed word is.
     */
    public String didYouMean(String query, IndexReader reader, boolean fewHits) throws IOException {
        if (query == null || query.isBlank()) return null;
        // Each word costs a spell check per language (a few ms); a pasted paragraph of unknown words took a second.
        if (WORD.matcher(query).results().limit(MAX_WORDS + 1).count() > MAX_WORDS) return null;
        Analyzer folded = index.analyzers().folded();
        List<String> fields = foldedFields(reader);
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(query);
        int last = 0;
        boolean changed = false;
        while (m.find()) {
            out.append(query, last, m.start());
            last = m.end();
            String word = m.group(1);
            if (word.equals("OR") || word.equals("AND") || word.equals("NOT")) { out.append(word); continue; }
            String term = singleTerm(folded, word);
            String replacement = term != null && term.length() >= 4 ? correction(term, fields, reader, fewHits) : null;
            if (replacement == null) {
                out.append(word);
            } else {
                // Keep an elided article in front ("l'helicoptere"): only the word itself is corrected.
                int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
                String typed = word.substring(apostrophe + 1);
                // The spell checker answers folded words: the user gets the word as the articles write it
                // ("révélasion" → "révélation", not "revelation").
                out.append(word, 0, apostrophe + 1).append(writtenForm(new IndexSearcher(reader), replacement, typed));
                changed = true;
            }
        }
        out.append(query.substring(last));
        return changed ? out.toString() : null;
    }

    /**
     * The closest more frequent word of any language for a folded term that no language holds, or null when none has
     * a close word. A term some language holds gets one only when the query found few articles and the term is rare
     * ({@link #MORE_POPULAR_RATIO}). Each language's folded field is asked; the closest wins, then the most frequent.
     */
    private String correction(String term, List<String> fields, IndexReader reader, boolean fewHits) throws IOException {
        int held = 0;
        for (String field : fields) held = Math.max(held, reader.docFreq(new Term(field, term)));
        if (held > 0 && (!fewHits || held > FEW_HITS)) return null;
        DirectSpellChecker checker = held == 0 ? spellChecker : oneEditChecker;
        SuggestMode mode = held == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
        long wanted = held == 0 ? 1 : (long) held * MORE_POPULAR_RATIO;
        SuggestWord best = null;
        for (String field : fields) {
            for (SuggestWord found : checker.suggestSimilar(new Term(field, term), 1, reader, mode)) {
                if (found.freq < wanted || held > 0 && differsOnlyInItsEnding(term, found.string)) continue;
                if (best == null || found.score > best.score || (found.score == best.score && found.freq > best.freq)) best = found;
            }
        }
        return best == null ? null : best.string;
    }

    /**
     * True when two words share all but their last {@link #ENDING} letters: "orientera" and "orienter",
     * "connaissiez" and "connaissez" are forms of one word, not a misprint of the other.
     */
    static boolean differsOnlyInItsEnding(String a, String b) {
        int shared = 0;
        while (shared < a.length() && shared < b.length() && a.charAt(shared) == b.charAt(shared)) shared++;
        return shared >= Math.min(a.length(), b.length()) - ENDING;
    }

    /** The folded word fields of the index, one per language (or the single one of an index built before those). */
    private static List<String> foldedFields(IndexReader reader) {
        return FieldInfos.getIndexedFields(reader).stream()
                .filter(f -> Fields.isFolded(f) || f.equals(Fields.LEGACY_FOLDED))
                .sorted()
                .toList();
    }

    /** The one folded term a word analyses to, or null when it gives none or several. */
    private static String singleTerm(Analyzer analyzer, String word) throws IOException {
        List<String> terms = terms(analyzer, word);
        return terms.size() == 1 ? terms.get(0) : null;
    }

    /**
     * Up to {@code n} completions of {@code prefix}: titles holding every word typed, the last one as a prefix
     * (newest first, one per distinct title), then the words starting with the last one that most articles hold,
     * written as the articles write them ({@link #writtenForm}). Both are read straight from the index (a prefix query on {@link Fields#SUGGEST_TITLE}, a walk of the folded
     * fields' terms), so a new searcher after a write costs nothing here: no lookup structure is rebuilt.
     */
    public List<Completion> complete(String prefix, int n) {
        if (prefix == null || prefix.isBlank() || n <= 0) return List.of();
        String typed = prefix.strip();
        int cut = lastSpace(typed) + 1;
        String head = typed.substring(0, cut);
        String last = withoutElision(typed.substring(cut));
        String partial = fold(last);
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                Map<String, Completion> out = new LinkedHashMap<>();
                for (Completion title : titles(searcher, head, partial, n)) out.putIfAbsent(title.text(), title);
                if (!partial.isEmpty()) {
                    for (Completion word : frequentWords(searcher.getIndexReader(), partial, n)) {
                        if (out.size() >= n) break;
                        String text = head + writtenForm(searcher, word.text(), last);
                        out.putIfAbsent(text, new Completion(text, "term", word.weight()));
                    }
                }
                return out.values().stream().limit(n).toList();
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Distinct titles holding the typed words and a word starting with {@code partial}, newest first. */
    private List<Completion> titles(IndexSearcher searcher, String head, String partial, int n) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> words = terms(index.analyzers().folded(), head);
        for (String word : words) query.add(new TermQuery(new Term(Fields.SUGGEST_TITLE, word)), BooleanClause.Occur.FILTER);
        if (!partial.isEmpty()) query.add(new PrefixQuery(new Term(Fields.SUGGEST_TITLE, partial)), BooleanClause.Occur.FILTER);
        if (words.isEmpty() && partial.isEmpty()) return List.of();
        // Reprints share their title: look further down than n for n distinct ones.
        TopDocs top = searcher.search(query.build(), n * 4, LuceneArchiveSearch.BY_DATE);
        Map<String, Completion> distinct = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            String title = stored.document(sd.doc, Set.of(Fields.TITLE)).get(Fields.TITLE);
            if (title == null || title.isBlank()) continue;
            Completion seen = distinct.get(title);
            distinct.put(title, new Completion(title, "title", seen == null ? 1 : seen.weight() + 1));
        }
        return distinct.values().stream().limit(n).toList();
    }

    /**
     * The {@code n} words starting with {@code partial} held by the most articles, over every language's folded
     * field (a word of several languages counts with its largest article count). Very short prefixes stop after
     * {@link #MAX_TERMS_SCANNED} words per field, so one keystroke never walks a whole vocabulary.
     */
    private static List<Completion> frequentWords(IndexReader reader, String partial, int n) throws IOException {
        BytesRef start = new BytesRef(partial);
        Map<String, Long> best = new HashMap<>();
        for (String field : foldedFields(reader)) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            if (te.seekCeil(start) == TermsEnum.SeekStatus.END) continue;
            // The field's n most frequent words: the overall n best are among the fields' n best.
            PriorityQueue<Map.Entry<String, Long>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
            int scanned = 0;
            for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, start) && scanned++ < MAX_TERMS_SCANNED; t = te.next()) {
                long df = te.docFreq();
                if (top.size() < n) top.add(Map.entry(t.utf8ToString(), df));
                else if (df > top.peek().getValue()) { top.poll(); top.add(Map.entry(t.utf8ToString(), df)); }
            }
            for (Map.Entry<String, Long> e : top) best.merge(e.getKey(), e.getValue(), Math::max);
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(e -> new Completion(e.getKey(), "term", e.getValue()))
                .toList();
    }

    /** How far into an article {@link #writtenForm} looks for a word. */
    private static final int WRITTEN_FORM_CHARS = 100_000;

    /**
     * A folded word as articles write it, accents and all ({@code goita} → {@code goïta}): its first occurrence in an
     * article holding it, in lower case, capitalised when {@code typed} is. The folded word itself when none is
     * found within the first {@link #WRITTEN_FORM_CHARS} characters.
     */
    private String writtenForm(IndexSearcher searcher, String folded, String typed) throws IOException {
        BooleanQuery.Builder holding = new BooleanQuery.Builder();
        for (String field : foldedFields(searcher.getIndexReader())) holding.add(new TermQuery(new Term(field, folded)), BooleanClause.Occur.SHOULD);
        TopDocs top = searcher.search(holding.build(), 1);
        if (top.scoreDocs.length == 0) return folded;
        var doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.TITLE, Fields.BODY));
        String text = (doc.get(Fields.TITLE) == null ? "" : doc.get(Fields.TITLE)) + "\n\n" + (doc.get(Fields.BODY) == null ? "" : doc.get(Fields.BODY));
        if (text.length() > WRITTEN_FORM_CHARS) text = text.substring(0, WRITTEN_FORM_CHARS);
        String found = null;
        try (TokenStream ts = index.analyzers().folded().tokenStream(Fields.SUGGEST_TITLE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (found == null && ts.incrementToken()) {
                if (term.toString().equals(folded)) found = text.substring(offset.startOffset(), offset.endOffset());
            }
            ts.end();
        }
        if (found == null) return folded;
        String lower = found.toLowerCase(Locale.ROOT);
        boolean capital = !typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0));
        return capital ? lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1) : lower;
    }

    /** Words a completion walks per field at most. */
    static final int MAX_TERMS_SCANNED = 100_000;

    private static int lastSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    /** The word after an elided article or pronoun ({@code l’arm} → {@code arm}). */
    private static String withoutElision(String word) {
        int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
        return word.substring(apostrophe + 1);
    }

    /** The folded terms {@code text} analyses to, in order. */
    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        if (text.isBlank()) return terms;
        try (TokenStream ts = analyzer.tokenStream(Fields.SUGGEST_TITLE, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) terms.add(t.toString());
            ts.end();
        }
        return terms;
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
