package org.newsarchive.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results: exact total, the hits, facet counts over all matches ({@code year}, {@code month},
 * {@code lang}, {@code date_source}), the cursor of the next page (null on the last), the time taken, and a
 * "did you mean" query when the words look misspelled and few articles match (null otherwise).
 */
public record SearchPage(String query, long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                         String next, double tookMs, String suggestion) {

    /** A page without a suggestion. */
    public SearchPage(String query, long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                      String next, double tookMs) {
        this(query, total, hits, facets, next, tookMs, null);
    }

    public SearchPage withSuggestion(String newSuggestion) {
        return new SearchPage(query, total, hits, facets, next, tookMs, newSuggestion);
    }
}
