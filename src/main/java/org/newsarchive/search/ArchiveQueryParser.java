package org.newsarchive.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.Fields;
import org.newsarchive.index.FrenchAnalyzer;

/**
 * The search syntax for one language: words (all required), {@code "phrases"}, {@code -exclusion}, {@code OR},
 * {@code prefix*}, {@code fuzzy~}, {@code title:}, {@code id:}. Words rank on title and body together plus a title weight;
 * prefix, wildcard and fuzzy terms go to the folded unstemmed field, normalised like everything else.
 */
final class ArchiveQueryParser extends QueryParser {
    /** Longest word a fuzzy match accepts: building its automaton costs time with the word's length. */
    static final int MAX_FUZZY_CHARS = 64;
    /** Longest prefix or wildcard word, and most * and ? in one word: both bound the automaton built. */
    static final int MAX_PATTERN_CHARS = 128;
    static final int MAX_WILDCARDS = 16;
    /**
     * Most fuzzy, prefix and wildcard words in one query: each builds an automaton and walks the vocabulary (a 64-letter
     * fuzzy word takes tens of milliseconds before any article is scored), so fifty of them were seconds of CPU.
     */
    static final int MAX_PATTERN_WORDS = 10;

    /** Fuzzy, prefix and wildcard words met so far in the query being parsed (a parser parses one query). */
    private int patternWords;

    private final String lang;
    private final Analyzers analyzers;
    private final float titleWeight;

    ArchiveQueryParser(String lang, Analyzers analyzers, float titleWeight) {
        super(Fields.text(lang), analyzers.forLanguage(lang));
        this.lang = lang;
        this.analyzers = analyzers;
        this.titleWeight = titleWeight;
        setDefaultOperator(Operator.AND);
        // Bounded work per multi-term query: prefix/wildcard rewrite to a constant-score filter.
        setMultiTermRewriteMethod(org.apache.lucene.search.MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field.equals(getField())) {
            Query text = super.getFieldQuery(Fields.text(lang), queryText, quoted);
            if (text == null || titleWeight <= 0) return text;
            Query title = super.getFieldQuery(Fields.title(lang), queryText, quoted);
            if (title == null) return text;
            return new BooleanQuery.Builder()
                    .add(text, Occur.SHOULD)
                    .add(new BoostQuery(title, titleWeight), Occur.SHOULD)
                    .build();
        }
        return switch (field) {
            case "title" -> super.getFieldQuery(Fields.title(lang), queryText, quoted);
            case "body", "text" -> super.getFieldQuery(Fields.text(lang), queryText, quoted);
            // An article by its id, exactly as written: "id:000_21e3eea4dcfbddef OR id:001_b221eb90067474de".
            case "id" -> new TermQuery(new Term(Fields.ID, queryText));
            // "Mali : Bamako" reads as field "Mali": an unknown field name is just one more word.
            default -> wordsOf(field, queryText, quoted);
        };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        Query q = getFieldQuery(field, queryText, true);
        return q == null ? null : applySlop(q, slop);
    }

    private Query applySlop(Query q, int slop) {
        if (q instanceof org.apache.lucene.search.PhraseQuery pq) {
            var b = new org.apache.lucene.search.PhraseQuery.Builder().setSlop(slop);
            Term[] terms = pq.getTerms();
            int[] positions = pq.getPositions();
            for (int i = 0; i < terms.length; i++) b.add(terms[i], positions[i]);
            return b.build();
        }
        if (q instanceof BooleanQuery bq) {
            var b = new BooleanQuery.Builder();
            bq.clauses().forEach(c -> b.add(applySlop(c.query(), slop), c.occur()));
            return b.build();
        }
        if (q instanceof BoostQuery boost) return new BoostQuery(applySlop(boost.getQuery(), slop), boost.getBoost());
        return q;
    }

    private Query wordsOf(String field, String queryText, boolean quoted) throws ParseException {
        Query fieldWord = getFieldQuery(getField(), field, false);
        Query rest = getFieldQuery(getField(), queryText, quoted);
        if (fieldWord == null) return rest;
        if (rest == null) return fieldWord;
        return new BooleanQuery.Builder().add(fieldWord, Occur.MUST).add(rest, Occur.MUST).build();
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        refuseOnId(field, termStr + "*", "prefix");
        countPatternWord();
        checkPattern(termStr + "*");
        String target = multiTermField(field);
        return new PrefixQuery(new Term(target, normalize(target, termStr)), getMultiTermRewriteMethod());
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if ("*".equals(termStr) || "*".equals(field)) return new MatchAllDocsQuery();
        if (termStr.startsWith("*") || termStr.startsWith("?")) {
            throw new ParseException("a word may not start with * or ? ('" + QueryErrors.abbreviate(termStr)
                    + "'): it would scan the whole vocabulary");
        }
        refuseOnId(field, termStr, "pattern");
        countPatternWord();
        checkPattern(termStr);
        String target = multiTermField(field);
        return new WildcardQuery(new Term(target, normalizeWildcard(target, termStr)),
                org.apache.lucene.util.automaton.Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, getMultiTermRewriteMethod());
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        refuseOnId(field, termStr + "~", "fuzzy word");
        countPatternWord();
        String target = multiTermField(field);
        int edits = minSimilarity >= 1 ? (int) minSimilarity : FuzzyQuery.defaultMaxEdits;
        if (edits > FuzzyQuery.defaultMaxEdits) {
            throw new ParseException("fuzzy distance may be at most " + FuzzyQuery.defaultMaxEdits + " ('"
                    + QueryErrors.abbreviate(termStr) + "~" + (int) minSimilarity + "')");
        }
        if (termStr.length() > MAX_FUZZY_CHARS) {
            throw new ParseException("a fuzzy word (~) may be at most " + MAX_FUZZY_CHARS + " characters long");
        }
        return new FuzzyQuery(new Term(target, normalize(target, termStr)), edits, 1);
    }

    // Ranges and regular expressions over words would walk the whole vocabulary; dates have their own filter.
    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        throw new ParseException("ranges like [a TO z] are not supported (to filter by date, use from and to)");
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("regular expressions (/.../) are not supported: put a word with a slash in quotes, \"24/7\"");
    }

    private void countPatternWord() throws ParseException {
        if (++patternWords > MAX_PATTERN_WORDS) {
            throw new ParseException("a query may hold at most " + MAX_PATTERN_WORDS + " words with *, ? or ~");
        }
    }

    private static void checkPattern(String termStr) throws ParseException {
        if (termStr.length() > MAX_PATTERN_CHARS) {
            throw new ParseException("a word with * or ? may be at most " + MAX_PATTERN_CHARS + " characters long");
        }
        long wildcards = termStr.chars().filter(c -> c == '*' || c == '?').count();
        if (wildcards > MAX_WILDCARDS) {
            throw new ParseException("a word may hold at most " + MAX_WILDCARDS + " * or ?");
        }
    }

    /** Ids are matched whole: a pattern on them would search the text instead, so it is refused. */
    private static void refuseOnId(String field, String termStr, String kind) throws ParseException {
        if (field.equals("id")) {
            throw new ParseException("id: takes a whole id, not a " + kind + " ('" + QueryErrors.abbreviate(termStr) + "')");
        }
    }

    /**
     * Default and body terms go to the folded unstemmed words of the text, title terms to those of the titles (the
     * title field itself is stemmed: {@code russi*} would miss its {@code russ}).
     */
    private String multiTermField(String field) {
        return field.equals("title") ? Fields.SUGGEST_TITLE : Fields.folded(lang);
    }

    /** Both fields a prefix, wildcard or fuzzy word reads hold folded words: the folded chain normalises it. */
    private String normalize(String field, String text) {
        return analyzers.folded().normalize(field, FrenchAnalyzer.withoutElision(text)).utf8ToString();
    }

    /** Normalises the letters of a wildcard term and keeps its * and ? as they are. */
    private String normalizeWildcard(String field, String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!chunk.isEmpty()) out.append(normalize(field, chunk.toString()));
                chunk.setLength(0);
                out.append(c);
            } else {
                chunk.append(c);
            }
        }
        if (!chunk.isEmpty()) out.append(normalize(field, chunk.toString()));
        return out.toString();
    }
}
