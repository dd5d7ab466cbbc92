package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.Fields;

/**
 * Turns a {@link SearchRequest} into one Lucene query: the text analysed once per language searched (each
 * language with its own chain and its own field statistics), then the date and language filters.
 */
final class QueryFactory {
    /**
     * Longest query text read, so that one query cannot eat the CPU: plain words past it are ignored (a pasted
     * page, an eval topic), a query in the search syntax that long is refused (cutting it could change its meaning).
     */
    static final int MAX_QUERY_CHARS = 4_000;
    /** Most distinct words a plain query keeps. */
    static final int MAX_PLAIN_TERMS = 256;
    /** Most distinct word pairs a plain query keeps (one term lookup each). */
    static final int MAX_PLAIN_PAIRS = 256;

    /**
     * Weight of the query's own language when a query without a language filter is clearly in one language.
     * Each language is scored on its own statistics, so a cognate that is rare in a small collection ("crisis"
     * in Spanish) can outscore the query's real language on a common word; the query's language breaks that tie.
     */
    static final float QUERY_LANGUAGE_BOOST = 2f;

    private static final Pattern CONTROL_CHARS = Pattern.compile("\\p{Cntrl}");
    /**
     * A terminal's escape sequence (colour, cursor: ESC [ 31 m), pasted along with a copied line: it goes as a whole,
     * or its "[31m" would be read as the start of a range.
     */
    private static final Pattern TERMINAL_ESCAPES = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");

    private final Analyzers analyzers;
    private final RankingConfig ranking;
    private final Function<String, String> queryLanguage;

    QueryFactory(Analyzers analyzers, RankingConfig ranking) {
        this(analyzers, ranking, text -> null);
    }

    /** @param queryLanguage the language a query text is written in, or null/und when unsure */
    QueryFactory(Analyzers analyzers, RankingConfig ranking, Function<String, String> queryLanguage) {
        this.analyzers = analyzers;
        this.ranking = ranking;
        this.queryLanguage = queryLanguage;
    }

    /**
     * A request's query: {@code full} finds and ranks; {@code textByLanguage} is the text part alone per language,
     * for snippets (a highlighter re-analyses one body and knows nothing of filters).
     */
    record Built(Query full, Map<String, Query> textByLanguage) {}

    /** The full query for a request over the given indexed languages. */
    Built build(SearchRequest request, Collection<String> indexedLanguages) {
        List<String> languages = request.lang() == null ? List.copyOf(indexedLanguages)
                : indexedLanguages.contains(request.lang()) ? List.of(request.lang()) : List.of();
        // Control characters mean nothing in a query and would end up in error messages: they become spaces.
        String text = CONTROL_CHARS.matcher(TERMINAL_ESCAPES.matcher(request.query()).replaceAll(" ")).replaceAll(" ").strip();
        if (text.length() > MAX_QUERY_CHARS && request.plain()) {
            text = firstWords(text, MAX_QUERY_CHARS);
        } else if (text.length() > MAX_QUERY_CHARS) {
            throw new InvalidRequestException(InvalidRequestException.Kind.QUERY,
                    "query is " + text.length() + " characters long; at most " + MAX_QUERY_CHARS + " are allowed");
        }
        Map<String, Query> byLanguage = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            for (String lang : languages) {
                Query q = request.plain() ? plainQuery(text, lang, plainTermsPerLanguage(languages.size())) : parsed(text, lang);
                if (q != null) byLanguage.put(lang, q);
            }
        }
        String preferred = request.lang() == null && byLanguage.size() > 1 ? queryLanguage.apply(text) : null;
        Query textQuery = text.isEmpty() ? new MatchAllDocsQuery() : perLanguage(byLanguage, preferred);
        BooleanQuery.Builder full = new BooleanQuery.Builder().add(textQuery, Occur.MUST);
        boolean textKeepsToLanguage = request.lang() != null && byLanguage.size() == 1
                && readsOnlyFieldsOf(byLanguage.get(request.lang()), request.lang());
        if (request.lang() != null && !textKeepsToLanguage) {
            full.add(new TermQuery(new Term(Fields.LANG, request.lang())), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            int from = request.from() == null ? Integer.MIN_VALUE : (int) request.from().start().toEpochDay();
            int to = request.to() == null ? Integer.MAX_VALUE : (int) request.to().end().toEpochDay();
            full.add(IntRange.newIntersectsQuery(Fields.DATE_RANGE, new int[] {from}, new int[] {to}), Occur.FILTER);
        }
        return new Built(full.build(), byLanguage);
    }

    private static Query perLanguage(Map<String, Query> byLanguage, String preferred) {
        if (byLanguage.isEmpty()) return new MatchNoDocsQuery("nothing to search for in the requested languages");
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        // Each language's clause only matches its own articles: language-neutral fields (folded) would
        // otherwise let every language's clause match everything. A document matches one clause only, so its
        // score is its own language's BM25, untouched by the other languages' statistics.
        // Most queries read only their language's own fields (text_fr, title_fr...) and need no filter: a filter
        // matching every article of a one-language archive costs a conjunction over all of them for nothing.
        byLanguage.forEach((lang, q) -> {
            Query clause = readsOnlyFieldsOf(q, lang) ? q : new BooleanQuery.Builder()
                    .add(q, Occur.MUST)
                    .add(new TermQuery(new Term(Fields.LANG, lang)), Occur.FILTER)
                    .build();
            any.add(lang.equals(preferred) ? new BoostQuery(clause, QUERY_LANGUAGE_BOOST) : clause, Occur.SHOULD);
        });
        return byLanguage.size() == 1 && preferred == null ? any.build().clauses().get(0).query() : any.build();
    }

    /**
     * True when every word the query looks for is in a field of this language ({@code text_fr}, {@code pairs_fr}...),
     * so it cannot match an article of another language. A leaf that names no field (match-all, as in
     * {@code -sport} alone) or a language-neutral field makes it false.
     */
    static boolean readsOnlyFieldsOf(Query q, String lang) {
        boolean[] confined = {true};
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                String of = Fields.languageOf(field);
                if (of == null) of = Fields.pairsLanguageOf(field);
                if (!lang.equals(of)) confined[0] = false;
                return true;
            }

            @Override
            public void visitLeaf(Query leaf) {
                if (!(leaf instanceof MatchNoDocsQuery)) confined[0] = false;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return confined[0];
    }

    private Query parsed(String text, String lang) {
        ArchiveQueryParser parser = new ArchiveQueryParser(lang, analyzers, ranking.titleWeight());
        try {
            return onlyExclusions(parser.parse(text));
        } catch (ParseException e) {
            throw new InvalidRequestException(InvalidRequestException.Kind.QUERY, QueryErrors.explain(text, e));
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException(InvalidRequestException.Kind.QUERY, "query has too many terms");
        }
    }

    /** "-sport" alone means everything but sport, not nothing. */
    private static Query onlyExclusions(Query q) {
        if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.occur() == Occur.MUST_NOT)) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            bq.clauses().forEach(b::add);
            return b.build();
        }
        return q;
    }

    /**
     * Plain words, no syntax: every analysed word is optional and BM25 ranks by how many match and how rare
     * they are; a word repeated in the query counts more. Title matches add {@code titleWeight}; a word found in its
     * exact form adds {@code exactWeight}; each pair of neighbouring query words that the article also has side by
     * side adds {@code pairWeight}.
     */
    Query plainQuery(String text, String lang, int maxTerms) {
        List<Token> kept = analyzeWithOffsets(analyzers.forLanguage(lang), Fields.text(lang), text);
        Map<String, Integer> words = counted(kept.stream().map(Token::term).toList(), maxTerms);
        if (words.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        words.forEach((term, n) -> {
            b.add(weighted(Fields.text(lang), term, n), Occur.SHOULD);
            if (ranking.titleWeight() > 0) b.add(weighted(Fields.title(lang), term, ranking.titleWeight() * n), Occur.SHOULD);
        });
        if (ranking.exactWeight() > 0) {
            Map<String, Integer> exact = counted(exactForms(kept, text, lang), maxTerms);
            exact.forEach((term, n) -> b.add(weighted(Fields.folded(lang), term, ranking.exactWeight() * n), Occur.SHOULD));
        }
        if (ranking.pairWeight() > 0) {
            Map<String, Integer> pairs = counted(analyze(analyzers.pairsForLanguage(lang), Fields.pairs(lang), text), Math.min(maxTerms, MAX_PLAIN_PAIRS));
            pairs.forEach((pair, n) -> b.add(weighted(Fields.pairs(lang), pair, ranking.pairWeight() * n), Occur.SHOULD));
        }
        return b.build();
    }

    /** An analysed term and where its word starts in the text. */
    private record Token(String term, int start) {}

    /**
     * The exact form (folded, not stemmed) of each word the language's chain kept: the folded token that starts
     * where the kept one does. Stop words, dropped by the chain, stay out; "économiques" gives "economiques", so an
     * article with the very word ranks above one with "économie" only (same stem).
     */
    private List<String> exactForms(List<Token> kept, String text, String lang) {
        Map<Integer, String> foldedByStart = new HashMap<>();
        for (Token t : analyzeWithOffsets(analyzers.folded(), Fields.folded(lang), text)) foldedByStart.putIfAbsent(t.start(), t.term());
        List<String> out = new ArrayList<>(kept.size());
        for (Token t : kept) {
            String form = foldedByStart.get(t.start());
            if (form != null) out.add(form);
        }
        return out;
    }

    private static List<Token> analyzeWithOffsets(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(new Token(term.toString(), offset.startOffset()));
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The text's words that fit in {@code max} characters: cut at the last space before it, never inside a word. */
    static String firstWords(String text, int max) {
        int cut = text.lastIndexOf(' ', max);
        if (cut <= 0) cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, cut).strip();
    }

    /** Distinct terms in first-seen order with their counts, at most {@code max} distinct ones. */
    private static Map<String, Integer> counted(List<String> terms, int max) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : terms) {
            if (counts.size() >= max && !counts.containsKey(t)) continue;
            counts.merge(t, 1, Integer::sum);
        }
        return counts;
    }

    private static Query weighted(String field, String term, float weight) {
        Query q = new TermQuery(new Term(field, term));
        return weight == 1f ? q : new BoostQuery(q, weight);
    }

    /**
     * Each plain word costs up to four clauses (body, title, exact form, and the pair it starts) in every language searched;
     * the cap keeps the whole query under Lucene's clause limit, so plain mode never fails for having too many words.
     */
    static int plainTermsPerLanguage(int languages) {
        int budget = org.apache.lucene.search.IndexSearcher.getMaxClauseCount() - 16; // room for filters and wrappers
        return Math.max(1, Math.min(MAX_PLAIN_TERMS, budget / (4 * Math.max(1, languages))));
    }

    /** Characters that make a query more than words in the search syntax (quotes, groups, fields, wildcards...). */
    private static final Pattern SYNTAX_CHARS = Pattern.compile("[\"(){}\\[\\]^~*?:\\\\/!&|]");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    /**
     * True for two words or more with no search syntax: no quotes, groups, field names, wildcards, fuzzy or boost
     * marks, no operator, no word starting with {@code -} or {@code +}. Punctuation of plain prose (commas,
     * periods, apostrophes, a hyphen inside a word) is fine.
     */
    static boolean isJustWords(String text) {
        if (text == null || SYNTAX_CHARS.matcher(text).find()) return false;
        String[] words = text.strip().split("\\s+");
        if (words.length < 2) return false;
        for (String w : words) {
            if (w.startsWith("-") || w.startsWith("+") || OPERATORS.contains(w)) return false;
        }
        return true;
    }

    static List<String> analyze(Analyzer analyzer, String field, String text) {
        return analyzeWithOffsets(analyzer, field, text).stream().map(Token::term).toList();
    }

}
