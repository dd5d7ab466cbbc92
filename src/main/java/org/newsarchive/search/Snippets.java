package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
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
    private final Map<String, UnifiedHighlighter> byLanguage = new ConcurrentHashMap<>();

    Snippets(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** A passage of {@code body} for {@code query}, or the body's beginning when no word of it matched. */
    String snippet(Query query, String lang, String body) {
        if (body == null || body.isEmpty()) return "";
        if (query == null) return escape(abbreviate(body));
        Object passage;
        try {
            passage = highlighter(lang).highlightWithoutSearcher(Fields.BODY, query, body, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (passage != null && !passage.toString().isBlank()) return passage.toString().strip();
        return escape(abbreviate(body));
    }

    private UnifiedHighlighter highlighter(String lang) {
        return byLanguage.computeIfAbsent(Analyzers.supported(lang), l -> UnifiedHighlighter
                .builderWithoutSearcher(analyzers.forLanguage(l))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(MAX_LENGTH * 4)
                // Query terms live in text_<lang>, title_<lang> and folded: all of them mark the body.
                .withFieldMatcher(field -> field.equals(Fields.FOLDED) || l.equals(Fields.languageOf(field)))
                .withHighlightPhrasesStrictly(true)
                // One sentence, never across a paragraph break (titles and captions carry no final period).
                .withBreakIterator(() -> new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.FRENCH), '\n'))
                .build());
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
