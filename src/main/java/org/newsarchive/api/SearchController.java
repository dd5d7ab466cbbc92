package org.newsarchive.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.newsarchive.Article;
import org.newsarchive.search.ArchiveSearch;
import org.newsarchive.search.MatchExport;
import org.newsarchive.search.SearchJson;
import org.newsarchive.search.SearchPage;
import org.newsarchive.search.SearchRequest;
import org.newsarchive.search.StoredArticle;

/** {@code /api/search} (one page, the CLI's JSON plus paging) and {@code /api/export} (every match, streamed). */
final class SearchController {
    static final String CSV_HEADER = "id,date,date_precision,lang,title,source,url,body";

    private final ArchiveSearch search;
    private final MatchExport export;
    private final ObjectMapper json;

    SearchController(ArchiveSearch search, MatchExport export, ObjectMapper json) {
        this.search = search;
        this.export = export;
        this.json = json;
    }

    void search(Context ctx) throws IOException {
        SearchPage page = search.search(SearchParams.search(ctx));
        // UTF-8 bytes straight from Jackson: ctx.json would build a String first and encode it again.
        ctx.contentType(ContentType.APPLICATION_JSON).result(json.writeValueAsBytes(SearchJson.page(page, true)));
    }

    void export(Context ctx) throws IOException {
        String format = ctx.queryParam("format") == null ? "ndjson" : ctx.queryParam("format").toLowerCase(Locale.ROOT);
        if (!format.equals("ndjson") && !format.equals("csv")) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "format: want 'ndjson' or 'csv', got '" + format + "'");
        }
        SearchRequest asked = SearchParams.export(ctx);
        // Counting first checks the query before any byte is sent, so a bad query is still a clean 400. It asks for
        // one hit so that words no article holds all of are relaxed exactly as /api/search relaxes them.
        SearchPage counted = search.search(asked.withSize(1));
        SearchRequest request = counted.relaxed() ? asked.withPlain(true) : asked;
        ctx.header("X-Total-Count", Long.toString(counted.total()));
        if (counted.relaxed()) ctx.header("X-Relaxed", "true");
        ctx.header("Content-Disposition", "attachment; filename=\"newsarchive-export." + (format.equals("csv") ? "csv" : "ndjson") + "\"");
        ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        // HEAD asks for the headers (the count) only: the export itself is not run.
        if (ctx.method() == io.javalin.http.HandlerType.HEAD) return;
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
        if (format.equals("csv")) {
            out.write(CSV_HEADER);
            out.write("\r\n");
            export.forEach(request, stored -> writeCsv(out, stored.article()));
        } else {
            export.forEach(request, stored -> writeJsonLine(out, stored));
        }
        out.flush();
    }

    private void writeJsonLine(Writer out, StoredArticle stored) throws IOException {
        out.write(json.writeValueAsString(SearchJson.article(stored)));
        out.write('\n');
    }

    private static void writeCsv(Writer out, Article a) throws IOException {
        String[] cells = {a.id(), a.date() == null ? "" : a.date().toString(), a.date() == null ? "" : a.date().precision().label(),
                a.lang(), a.title(), a.source(), a.url(), a.bodyText()};
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) out.write(',');
            out.write(csvCell(cells[i]));
        }
        out.write("\r\n");
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
    static String csvCell(String value) {
        if (value == null) return "";
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
