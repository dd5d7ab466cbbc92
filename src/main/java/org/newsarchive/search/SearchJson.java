package org.newsarchive.search;

import java.util.LinkedHashMap;

import java.util.Map;
import org.newsarchive.Article;

/** The JSON shapes shared by the CLI's {@code --json} and the HTTP API, built once here as ordered maps. */
public final class SearchJson {
    private SearchJson() {}

    /**
     * {@code {"query","total","hits","facets"}}, plus {@code "took_ms"} and {@code "next"} when {@code paging},
     * plus {@code "timed_out": true} only when the search was stopped at its time limit (the counts are then partial).
     */
    public static Map<String, Object> page(SearchPage page, boolean paging) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", page.query());
        out.put("total", page.total());
        out.put("hits", page.hits().stream().map(SearchJson::hit).toList());
        out.put("facets", page.facets());
        out.put("suggestion", page.suggestion());
        if (paging) {
            out.put("took_ms", Math.round(page.tookMs() * 1000) / 1000.0);
            out.put("next", page.next());
        }
        if (page.timedOut()) out.put("timed_out", true);
        return out;
    }

    static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", h.id());
        out.put("title", h.title());
        out.put("date", h.date());
        out.put("lang", h.lang());
        out.put("score", h.score());
        out.put("snippet", h.snippet());
        out.put("date_source", h.dateSource());
        out.put("cluster", h.cluster());
        if (h.similar() >= 0) out.put("similar", h.similar());
        return out;
    }

    /** The whole article: body as paragraphs, date with its precision, and when it was indexed. */
    public static Map<String, Object> article(StoredArticle stored) {
        Article a = stored.article();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("title", a.title());
        out.put("body", a.body());
        out.put("date", a.date() == null ? null : a.date().toString());
        out.put("date_precision", a.date() == null ? null : a.date().precision().label());
        out.put("date_source", stored.dateSource());
        out.put("cluster", stored.cluster());
        out.put("lang", a.lang());
        out.put("source", a.source());
        out.put("url", a.url());
        out.put("credits", a.credits());
        out.put("file", a.file());
        out.put("ingested", stored.ingested() == null ? null : stored.ingested().toString());
        out.put("metadata", a.metadata());
        return out;
    }

    public static Map<String, Object> stats(ArchiveStats s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", s.articles());
        out.put("languages", s.languages());
        out.put("oldest", s.oldest());
        out.put("newest", s.newest());
        out.put("undated", s.undated());
        out.put("index_size_bytes", s.sizeBytes());
        return out;
    }

}
