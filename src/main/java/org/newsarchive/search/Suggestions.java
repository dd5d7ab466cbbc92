package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.HighFrequencyDictionary;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.search.suggest.DocumentDictionary;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Fields;

/**
 * Suggestions from the archive's own vocabulary: "did you mean" for misspelled queries (Lucene's
 * {@link DirectSpellChecker} over the folded fields of every language, so accents never count as mistakes:
 * {@code helicoptere} matches {@code hélicoptère} and is left alone), and completions of a prefix for the search box (titles containing a word
 * starting with it, and the most frequent words starting with it, from the suggest module's lookups).
 */
public final class Suggestions {
    /** Below this many hits, a correction must find more articles than the query to be offered. */
    public static final int FEW_HITS = 3;
    /** Query words: letters, digits, apostrophes and hyphens, possibly after a field name ("title:"). */
    private static final Pattern WORD = Pattern.compile("(?<![\\w*~?])([\\p{L}][\\p{L}\\p{N}'’-]*)(?![\\w*~?:])");

    /** One completion. @param kind "title" or "term" */
    public record Completion(String text, String kind, long weight) {}

    private final ArchiveIndex index;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();
    /** Completion lookups, built once per searcher generation: the reader they were built from, and them. */
    private IndexReader builtFor;
    private Lookup titles;
    private Lookup terms;

    public Suggestions(ArchiveIndex index) {
        this.index = index;
    }

    /**
     * The query with every unknown word replaced by the closest more frequent indexed word, or null when every word
     * is known or no replacement exists. Words are compared folded (lower case, no accents).
     */
    public String didYouMean(String query, IndexReader reader) throws IOException {
        if (query == null || query.isBlank()) return null;
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
            String replacement = term != null && term.length() >= 4 ? correction(term, fields, reader) : null;
            if (replacement == null) {
                out.append(word);
            } else {
                // Keep an elided article in front ("l'helicoptere"): only the word itself is corrected.
                int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
                out.append(word, 0, apostrophe + 1).append(replacement);
                changed = true;
            }
        }
        out.append(query.substring(last));
        return changed ? out.toString() : null;
    }

    /**
     * The closest more frequent word of any language for a folded term that no language holds, or null when some
     * language holds it or none has a close word. Each language's folded field is asked; the closest wins, then the
     * most frequent.
     */
    private String correction(String term, List<String> fields, IndexReader reader) throws IOException {
        for (String field : fields) if (reader.docFreq(new Term(field, term)) > 0) return null;
        SuggestWord best = null;
        for (String field : fields) {
            for (SuggestWord found : spellChecker.suggestSimilar(new Term(field, term), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                if (best == null || found.score > best.score || (found.score == best.score && found.freq > best.freq)) best = found;
            }
        }
        return best == null ? null : best.string;
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
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.folded(Analyzers.UNDETERMINED), word)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) terms.add(t.toString());
            ts.end();
        }
        return terms.size() == 1 ? terms.get(0) : null;
    }

    /**
     * Up to {@code n} completions of {@code prefix}: titles with a word starting with it first, then frequent words
     * starting with it (by the number of articles holding them).
     */
    public synchronized List<Completion> complete(String prefix, int n) {
        if (prefix == null || prefix.isBlank() || n <= 0) return List.of();
        try {
            var searcher = index.searchers().acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                if (reader != builtFor) build(reader);
            } finally {
                index.searchers().release(searcher);
            }
            Map<String, Completion> out = new LinkedHashMap<>();
            if (titles != null) {
                for (Lookup.LookupResult r : titles.lookup(prefix.strip(), false, n)) {
                    out.putIfAbsent(r.key.toString(), new Completion(r.key.toString(), "title", r.value));
                }
            }
            String lastWord = fold(prefix.strip().replaceAll(".*\\s", ""));
            if (terms != null && !lastWord.isEmpty()) {
                String head = prefix.strip().substring(0, prefix.strip().length() - prefix.strip().replaceAll(".*\\s", "").length());
                for (Lookup.LookupResult r : terms.lookup(lastWord, false, n)) {
                    String text = head + r.key;
                    out.putIfAbsent(text, new Completion(text, "term", r.value));
                }
            }
            return out.values().stream().limit(n).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void build(IndexReader reader) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        AnalyzingInfixSuggester infix = new AnalyzingInfixSuggester(dir, index.analyzers().folded());
        infix.build(new DocumentDictionary(reader, Fields.TITLE, null));
        WFSTCompletionLookup wfst = new WFSTCompletionLookup(new ByteBuffersDirectory(), "terms", true);
        List<InputIterator> vocabularies = new ArrayList<>();
        for (String field : foldedFields(reader)) vocabularies.add(new HighFrequencyDictionary(reader, field, 0f).getEntryIterator());
        // A word in several languages comes once, with its largest article count (the lookup keeps the best weight).
        wfst.build(new ChainedInput(vocabularies));
        if (titles instanceof AnalyzingInfixSuggester old) old.close();
        titles = infix;
        terms = wfst;
        builtFor = reader;
    }

    /** The entries of several vocabularies one after the other. */
    private static final class ChainedInput implements InputIterator {
        private final java.util.Iterator<InputIterator> parts;
        private InputIterator current;

        ChainedInput(List<InputIterator> parts) {
            this.parts = parts.iterator();
            this.current = this.parts.hasNext() ? this.parts.next() : InputIterator.EMPTY;
        }

        @Override
        public BytesRef next() throws IOException {
            for (BytesRef next = current.next(); ; next = current.next()) {
                if (next != null) return next;
                if (!parts.hasNext()) return null;
                current = parts.next();
            }
        }

        @Override public long weight() { return current.weight(); }
        @Override public BytesRef payload() { return null; }
        @Override public boolean hasPayloads() { return false; }
        @Override public Set<BytesRef> contexts() { return null; }
        @Override public boolean hasContexts() { return false; }
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
