package org.newsarchive.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results: exact total, the hits, facet counts over all matches ({@code year}, {@code month},
 * {@code lang}), the cursor of the next page (null on the last) and the time taken. {@code timedOut} is true
 * when the search was stopped at its time limit: total, hits and facets then count only what was found so far.
 */
public record SearchPage(String query, long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                         String next, double tookMs, boolean timedOut) {

    /** A page of a search that ran to the end. */
    public SearchPage(String query, long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                      String next, double tookMs) {
        this(query, total, hits, facets, next, tookMs, false);
    }
}
