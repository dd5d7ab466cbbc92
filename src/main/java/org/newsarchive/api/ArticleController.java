package org.newsarchive.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsarchive.ingest.IngestItem;
import org.newsarchive.search.ArchiveSearch;
import org.newsarchive.search.SearchJson;

/** {@code /api/articles}: read one, add or replace many, delete one. */
final class ArticleController {
    private final ArchiveSearch search;
    private final ArticleService service;
    private final WriteGuard guard;
    private final long maxBodyBytes;
    private final ArticleBodies bodies = new ArticleBodies();

    ArticleController(ArchiveSearch search, ArticleService service, WriteGuard guard, long maxBodyBytes) {
        this.search = search;
        this.service = service;
        this.guard = guard;
        this.maxBodyBytes = maxBodyBytes;
    }

    void get(Context ctx) {
        String id = ctx.pathParam("id");
        var found = search.article(id).orElseThrow(() -> notFound(id));
        ctx.json(SearchJson.article(found));
    }

    void post(Context ctx) throws IOException {
        guard.check(ctx);
        SearchParams.requireKnown(ctx, java.util.Set.of("id", "lang"));
        // The media type is checked before the body is read: a wrong type costs nothing.
        ArticleBodies.requireSupported(ctx.contentType());
        List<IngestItem> items = bodies.read(ctx.contentType(), body(ctx), ctx.queryParam("id"), ctx.queryParam("lang"));
        if (items.isEmpty()) throw new ApiException(ErrorCode.INVALID_ARTICLE, "no article in the request body");
        List<ArticleService.Outcome> outcomes = service.write(items);
        long added = outcomes.stream().filter(o -> o.outcome().equals("added")).count();
        long replaced = outcomes.stream().filter(o -> o.outcome().equals("replaced")).count();
        long failed = outcomes.size() - added - replaced;
        if (added + replaced == 0) {
            ArticleService.Outcome first = outcomes.get(0);
            throw new ApiException(ErrorCode.INVALID_ARTICLE, (outcomes.size() == 1 ? "" : "no article indexed; item " + first.item() + ": ")
                    + first.reason());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("added", added);
        out.put("replaced", replaced);
        out.put("failed", failed);
        // The commit is done before this answer: what it lists survives a crash and is searchable now.
        out.put("durable", true);
        out.put("results", outcomes.stream().map(ArticleService.Outcome::json).toList());
        ctx.json(out);
    }

    void delete(Context ctx) throws IOException {
        guard.check(ctx);
        String id = ctx.pathParam("id");
        if (!service.delete(id)) throw notFound(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("deleted", true);
        out.put("durable", true);
        ctx.json(out);
    }

    /** The body, refused with 413 as soon as it passes the limit, whatever Content-Length said. */
    private byte[] body(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) throw tooLarge();
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (bytes.length > maxBodyBytes) throw tooLarge();
            return bytes;
        }
    }

    private ApiException tooLarge() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "request body over " + maxBodyBytes + " bytes; send fewer articles per request");
    }

    private static ApiException notFound(String id) {
        return new ApiException(ErrorCode.NOT_FOUND, "no article with id '" + id + "'");
    }
}
