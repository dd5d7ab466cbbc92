package org.newsarchive.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results: exact total, the hits, facet counts over all matches ({@code year}, {@code month},
 * {@code lang}), the cursor of the next page (null on the last) and the time taken.
 */
public record SearchPage(String query, long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                         String next, double tookMs) {}
