package org.newsarchive.api;

import io.javalin.http.Context;
import java.util.Set;
import org.newsarchive.search.SearchJson;
import org.newsarchive.search.Suggestions;

/** {@code /api/suggest}: completions of what has been typed in the search box. */
final class SuggestController {
    static final int DEFAULT_LIMIT = 8;
    static final int MAX_LIMIT = 50;
    /** Longer prefixes are not completions any more; refusing them keeps a lookup cheap. */
    static final int MAX_PREFIX_CHARS = 200;

    /** The app's one instance: its lookups are built once per index generation and reused between requests. */
    private final Suggestions suggestions;

    SuggestController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    void suggest(Context ctx) {
        SearchParams.requireKnown(ctx, Set.of("prefix", "limit"));
        String prefix = ctx.queryParam("prefix");
        if (prefix == null || prefix.isBlank()) throw new ApiException(ErrorCode.INVALID_PARAMETER, "prefix: give what has been typed so far");
        if (prefix.length() > MAX_PREFIX_CHARS) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "prefix: at most " + MAX_PREFIX_CHARS + " characters");
        }
        int limit = SearchParams.integer(ctx, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        ctx.json(SearchJson.completions(prefix, suggestions.complete(prefix, limit)));
    }
}
