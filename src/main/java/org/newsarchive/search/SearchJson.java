package org.newsarchive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsarchive.Article;
import org.newsarchive.ingest.LearnedBoilerplate;

/** The JSON shapes shared by the CLI's {@code --json} and the HTTP API, built once here as ordered maps. */
public final class SearchJson {
    private SearchJson() {}

    /**
     * {@code {"query","total","hits","facets"}}, plus {@code "took_ms"} and {@code "next"} when {@code paging},
     * plus {@code "timed_out": true} only when the search was stopped at its time limit (the counts are then partial),
     * plus {@code "relaxed": true} only when no article held all the words and the hits hold some of them.
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
        if (page.relaxed()) out.put("relaxed", true);
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

    /** {@code {"id","articles":[{"id","title","date","date_source","cluster","score"}]}}: an article's similar or related list. */
    public static Map<String, Object> neighbours(String id, List<ArticleNeighbours.Neighbour> found) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("articles", found.stream().map(SearchJson::neighbour).toList());
        return out;
    }

    static Map<String, Object> neighbour(ArticleNeighbours.Neighbour n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("title", n.title());
        m.put("date", n.date());
        m.put("date_source", n.dateSource());
        m.put("cluster", n.cluster());
        m.put("score", n.score());
        return m;
    }

    /** {@code {"prefix","suggestions":[{"text","kind"}]}}: completions for a search box. */
    public static Map<String, Object> completions(String prefix, List<Suggestions.Completion> found) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("prefix", prefix);
        out.put("suggestions", found.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", c.text());
            m.put("kind", c.kind());
            return m;
        }).toList());
        return out;
    }

    /** The learned boilerplate lines, as {@code [{"source","line","articles"}]} (articles: how many they were removed from). */
    public static List<Map<String, Object>> boilerplate(List<LearnedBoilerplate.Line> lines) {
        return lines.stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", l.source());
            m.put("line", l.text());
            m.put("articles", l.removed());
            return m;
        }).toList();
    }
}
