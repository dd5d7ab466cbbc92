package org.newsarchive.search;

import java.util.Optional;

/**
 * The search seam: a request in, a page out. The embedded Lucene index serves it today; a distributed
 * engine can serve the same requests later behind the same interface.
 */
public interface ArchiveSearch {

    /** Runs one search; throws {@link InvalidRequestException} for a query or parameter the user must fix. */
    SearchPage search(SearchRequest request);

    /** The whole stored article, or empty when no article has that id. */
    Optional<StoredArticle> article(String id);

    /** Counts and sizes of the whole archive. */
    ArchiveStats stats();
}
