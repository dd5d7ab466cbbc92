/** A {@link org.newsarchive.search.SearchRequest} in, a {@link org.newsarchive.search.SearchPage} out: query building, filters, facets, snippets, paging. */
package org.newsarchive.search;
