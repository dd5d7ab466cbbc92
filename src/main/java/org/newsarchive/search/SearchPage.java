package org.newsarchive.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results: exact total, the hits, facet counts over all matches ({@code year}, {@code month},
 * {@code lang}, {@code date_source}), the cursor of the next page (null on the last), the time taken, whether
 * the search was stopped at its time limit (total, hits and facets then count only what was found so far), a
 * "did you mean" query when the words look misspelled and few articles match (null otherwise), and whether the
 * query was relaxed: no article held all its words, so the page ranks those holding some of them
 * ({@link LuceneArchiveSearch#search}).
 */
public record SearchPage(String query, long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                         String next, double tookMs, boolean timedOut, String suggestion, boolean relaxed) {

    /** A page of a search that ran to the end, without a suggestion. */
    public SearchPage(String query, long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                      String next, double tookMs) {
        this(query, total, hits, facets, next, tookMs, false, null, false);
    }

    public SearchPage withSuggestion(String newSuggestion) {
        return new SearchPage(query, total, hits, facets, next, tookMs, timedOut, newSuggestion, relaxed);
    }

    /** This page as the answer to a relaxed query, which took {@code totalMs} with the strict attempt. */
    SearchPage asRelaxed(double totalMs) {
        return new SearchPage(query, total, hits, facets, next, totalMs, timedOut, suggestion, true);
    }
}
