package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.Fields;

/**
 * Body passages with the matched words in {@code <mark>}, HTML-escaped. The body is re-analysed with its own
 * language's chain, so stemmed, folded and elided matches are marked as whole words ({@code l’<mark>armée</mark>}).
 */
final class Snippets {
    static final int MAX_LENGTH = 240;
    private final Analyzers analyzers;
    private final Map<String, Highlighter> byLanguage = new ConcurrentHashMap<>();

    Snippets(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** Snippets for the hits of one request, whose text query per language is {@code textByLanguage}. */
    ForQuery forQuery(Map<String, Query> textByLanguage) {
        return new ForQuery(textByLanguage);
    }

    /**
     * The snippets of one request's hits. Working out what to mark (the query's terms, prefix and fuzzy automata,
     * phrase spans, the offset strategy) costs as much as marking a body, so it is done once per language of the
     * request instead of once per hit. Not thread-safe: the break iterator and the offset strategy keep state; one
     * request, one thread.
     */
    final class ForQuery {
        private final Map<String, Query> textByLanguage;
        private final Map<String, FieldHighlighter> built = new HashMap<>();

        private ForQuery(Map<String, Query> textByLanguage) {
            this.textByLanguage = textByLanguage;
        }

        /** A passage of {@code body} for the query in {@code lang}, or the body's beginning when no word of it matched. */
        String snippet(String lang, String body) {
            if (body == null || body.isEmpty()) return "";
            Query query = textByLanguage.get(lang);
            if (query == null) return escape(abbreviate(body));
            Object passage;
            try {
                FieldHighlighter fields = built.get(lang);
                if (fields == null) {
                    fields = highlighter(lang).forQuery(query);
                    built.put(lang, fields);
                }
                // What UnifiedHighlighter.highlightWithoutSearcher does, minus rebuilding the field highlighter.
                passage = fields.highlightFieldForDoc(null, -1, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (passage != null && !passage.toString().isBlank()) return passage.toString().strip();
            return escape(abbreviate(body));
        }
    }

    /** A highlighter without searcher that hands out the field highlighter of one query for reuse. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        FieldHighlighter forQuery(Query query) {
            return getFieldHighlighter(Fields.BODY, query, extractTerms(query), 1);
        }
    }

    private Highlighter highlighter(String lang) {
        return byLanguage.computeIfAbsent(Analyzers.supported(lang), l -> new Highlighter(UnifiedHighlighter
                .builderWithoutSearcher(analyzers.forLanguage(l))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(MAX_LENGTH * 4)
                // Query terms live in text_<lang>, title_<lang> and folded_<lang>: all of them mark the body.
                .withFieldMatcher(field -> l.equals(Fields.languageOf(field)))
                .withHighlightPhrasesStrictly(true)
                // One sentence, never across a paragraph break (titles and captions carry no final period).
                .withBreakIterator(() -> new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.FRENCH), '\n'))));
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
