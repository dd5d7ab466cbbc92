package org.newsarchive.search;

import java.util.List;
import java.util.Optional;

/**
 * The search seam: a request in, a page out. The embedded Lucene index serves it today; a distributed
 * engine can serve the same requests later behind the same interface.
 */
public interface ArchiveSearch {

    /** Runs one search; throws {@link InvalidRequestException} for a query or parameter the user must fix. */
    SearchPage search(SearchRequest request);

    /**
     * The ids of the request's page in rank order, and nothing else: no exact total, facets, snippets, suggestion or
     * relaxed retry, so the engine may skip the articles that cannot enter the page. The work a peer's ranked top-10
     * query does (the bench times both side by side); the same ids as {@link #search}'s page when that is not relaxed.
     */
    List<String> rankedIds(SearchRequest request);

    /** The whole stored article, or empty when no article has that id. */
    Optional<StoredArticle> article(String id);

    /** Counts and sizes of the whole archive. */
    ArchiveStats stats();
}
