package org.newsarchive.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsarchive.search.ArticleNeighbours;
import org.newsarchive.search.SearchJson;

/** {@code /api/articles/{id}/similar} (its reprint cluster) and {@code /related} (most alike outside it). */
final class NeighboursController {
    static final int DEFAULT_RELATED = 10;
    static final int MAX_RELATED = 100;

    private final ArticleNeighbours neighbours;

    NeighboursController(ArticleNeighbours neighbours) {
        this.neighbours = neighbours;
    }

    void similar(Context ctx) {
        SearchParams.requireKnown(ctx, Set.of());
        String id = ctx.pathParam("id");
        answer(ctx, id, neighbours.similar(id));
    }

    void related(Context ctx) {
        SearchParams.requireKnown(ctx, Set.of("limit"));
        int limit = SearchParams.integer(ctx, "limit", DEFAULT_RELATED);
        if (limit < 1 || limit > MAX_RELATED) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "limit must be between 1 and " + MAX_RELATED + ", got " + limit);
        }
        String id = ctx.pathParam("id");
        answer(ctx, id, neighbours.related(id, limit));
    }

    private static void answer(Context ctx, String id, Optional<List<ArticleNeighbours.Neighbour>> found) {
        if (found.isEmpty()) throw new ApiException(ErrorCode.NOT_FOUND, "no article with id '" + id + "'");
        ctx.json(SearchJson.neighbours(id, found.get()));
    }
}
