package org.newsarchive.search;

import org.newsarchive.PartialDate;
import org.newsarchive.index.Analyzers;

/**
 * Everything a search asks, from any interface (CLI, HTTP, eval). Validated on construction.
 *
 * @param query  query text in the search syntax; blank matches every article
 * @param from   first date wanted (inclusive, at its precision), or null
 * @param to     last date wanted (inclusive, at its precision), or null
 * @param lang   only articles in this language, or null for all
 * @param sort   relevance (default) or date, newest first and undated last
 * @param size   hits wanted on this page, 0 to {@value #MAX_SIZE}
 * @param offset hits to skip; offset + size may not pass {@value #MAX_WINDOW} (use the cursor)
 * @param cursor opaque position after the previous page's last hit, or null
 * @param plain  true to read the query as plain words (no syntax), ranked by how many they match
 * @param collapse true for one hit per reprint cluster (the best ranked), with the count of its other members
 */
public record SearchRequest(String query, PartialDate from, PartialDate to, String lang, Sort sort,
                            int size, int offset, String cursor, boolean plain, boolean collapse) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    /** Result order. */
    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query;
        sort = sort == null ? Sort.RELEVANCE : sort;
        lang = lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(java.util.Locale.ROOT);
        // Every article is filed under one of these (an unknown language is undetermined, und): any other code
        // could only ever find nothing, which a user would take for an empty archive.
        if (lang != null && !Analyzers.LANGUAGES.contains(lang)) {
            throw new InvalidRequestException(InvalidRequestException.Kind.PARAMETER,
                    "unknown language '" + lang + "' (known: " + String.join(", ", Analyzers.LANGUAGES) + ")");
        }
        if (size < 0 || size > MAX_SIZE) {
            throw new InvalidRequestException(InvalidRequestException.Kind.PARAMETER,
                    "size must be between 0 and " + MAX_SIZE + ", got " + size);
        }
        if (offset < 0) {
            throw new InvalidRequestException(InvalidRequestException.Kind.PARAMETER, "offset must not be negative, got " + offset);
        }
        if ((long) offset + size > MAX_WINDOW) {
            throw new InvalidRequestException(InvalidRequestException.Kind.PARAMETER,
                    "offset + size must not pass " + MAX_WINDOW + "; page deeper with the cursor ('next')");
        }
        if (cursor != null && cursor.isBlank()) cursor = null;
        if (cursor != null && offset > 0) {
            throw new InvalidRequestException(InvalidRequestException.Kind.PARAMETER, "give either a cursor or an offset, not both");
        }
        if (from != null && to != null && from.start().isAfter(to.end())) {
            throw new InvalidRequestException(InvalidRequestException.Kind.PARAMETER, "'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }

    /** A request without collapsing. */
    public SearchRequest(String query, PartialDate from, PartialDate to, String lang, Sort sort,
                         int size, int offset, String cursor, boolean plain) {
        this(query, from, to, lang, sort, size, offset, cursor, plain, false);
    }

    /** A first-page relevance search for {@code query} with default settings. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, Sort.RELEVANCE, DEFAULT_SIZE, 0, null, false);
    }

    public SearchRequest withSize(int newSize) {
        return new SearchRequest(query, from, to, lang, sort, newSize, offset, cursor, plain, collapse);
    }

    public SearchRequest withCursor(String newCursor) {
        return new SearchRequest(query, from, to, lang, sort, size, 0, newCursor, plain, collapse);
    }

    public SearchRequest withCollapse(boolean newCollapse) {
        return new SearchRequest(query, from, to, lang, sort, size, offset, cursor, plain, newCollapse);
    }

    public SearchRequest withPlain(boolean newPlain) {
        return new SearchRequest(query, from, to, lang, sort, size, offset, cursor, newPlain, collapse);
    }
}
