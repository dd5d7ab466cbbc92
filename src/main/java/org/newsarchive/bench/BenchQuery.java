package org.newsarchive.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsarchive.PartialDate;
import org.newsarchive.search.SearchRequest;

/**
 * One query of the fixed set, written once for each engine.
 *
 * @param text   the query in newsarchive's syntax
 * @param pgText the same query for PostgreSQL ({@code websearch_to_tsquery} text, or a {@code to_tsquery}
 *               prefix when {@code pgMode} is PREFIX), or null when PostgreSQL has no equivalent (fuzzy)
 * @param from   date filter start, or null
 * @param to     date filter end, or null
 * @param byDate sort newest first instead of by relevance
 */
public record BenchQuery(String id, QueryType type, String text, String pgText, PgMode pgMode,
                         PartialDate from, PartialDate to, boolean byDate) {

    /** How PostgreSQL reads {@link #pgText}. */
    public enum PgMode { WEBSEARCH, PREFIX, NONE }

    /** The request newsarchive runs: first page of 10, like the API's default. */
    public SearchRequest request() {
        return new SearchRequest(text, from, to, null, byDate ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE,
                SearchRequest.DEFAULT_SIZE, 0, null, false);
    }

    public boolean hasPeer() {
        return pgMode != PgMode.NONE;
    }

    /** The query as one JSON object (the committed list and the run's output). */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", type.label());
        m.put("query", text);
        m.put("pg", pgText);
        m.put("pg_mode", pgMode.name().toLowerCase(java.util.Locale.ROOT));
        if (from != null) m.put("from", from.toString());
        if (to != null) m.put("to", to.toString());
        if (byDate) m.put("sort", "date");
        return m;
    }
}
