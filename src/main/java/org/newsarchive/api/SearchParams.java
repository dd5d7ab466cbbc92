package org.newsarchive.api;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import org.newsarchive.PartialDate;
import org.newsarchive.search.SearchRequest;

/** Reads a {@link SearchRequest} from query parameters; anything unreadable is a 400 naming the parameter. */
final class SearchParams {
    /** Parameters a search understands; any other is refused so that a typo does not pass silently. */
    static final Set<String> SEARCH = Set.of("q", "from", "to", "lang", "sort", "size", "offset", "cursor", "plain", "collapse");
    static final Set<String> EXPORT = Set.of("q", "from", "to", "lang", "sort", "plain", "format");

    private SearchParams() {}

    static SearchRequest search(Context ctx) {
        requireKnown(ctx, SEARCH);
        return new SearchRequest(ctx.queryParam("q"), date(ctx, "from"), date(ctx, "to"), ctx.queryParam("lang"),
                sort(ctx), integer(ctx, "size", SearchRequest.DEFAULT_SIZE), integer(ctx, "offset", 0),
                ctx.queryParam("cursor"), bool(ctx, "plain"), collapse(ctx));
    }

    /** The same filters as a search, for every match: no page. */
    static SearchRequest export(Context ctx) {
        requireKnown(ctx, EXPORT);
        return new SearchRequest(ctx.queryParam("q"), date(ctx, "from"), date(ctx, "to"), ctx.queryParam("lang"),
                sort(ctx), 0, 0, null, bool(ctx, "plain"));
    }

    static void requireKnown(Context ctx, Set<String> known) {
        for (var param : ctx.queryParamMap().entrySet()) {
            String name = param.getKey();
            if (!known.contains(name)) {
                throw new ApiException(ErrorCode.INVALID_PARAMETER, "unknown parameter '" + name + "' " + (known.isEmpty()
                        ? "(this endpoint takes none)" : "(known: " + String.join(", ", known.stream().sorted().toList()) + ")"));
            }
            // Only the first value would be read: size=1&size=1000 or q=mali&q=russie would silently drop the rest.
            if (param.getValue().size() > 1) {
                throw new ApiException(ErrorCode.INVALID_PARAMETER, "parameter '" + name + "' is given "
                        + param.getValue().size() + " times; give it once");
            }
        }
    }

    private static PartialDate date(Context ctx, String name) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) return null;
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, name + ": " + e.getMessage());
        }
    }

    private static SearchRequest.Sort sort(Context ctx) {
        String value = blankToNull(ctx.queryParam("sort"));
        if (value == null) return SearchRequest.Sort.RELEVANCE;
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw new ApiException(ErrorCode.INVALID_PARAMETER, "sort: want 'relevance' or 'date', got '" + value + "'");
        };
    }

    static int integer(Context ctx, String name, int fallback) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) return fallback;
        String digits = value.strip();
        // ASCII digits only: Integer.parseInt also takes Arabic-Indic and full-width ones, which no client means.
        if (!digits.matches("[+-]?[0-9]+")) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, name + ": not a whole number: '" + value + "'");
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, name + ": " + value + " is too large");
        }
    }

    /** {@code collapse=cluster} (the documented form: one hit per reprint cluster), or a boolean. */
    private static boolean collapse(Context ctx) {
        String value = blankToNull(ctx.queryParam("collapse"));
        if (value != null && value.equalsIgnoreCase("cluster")) return true;
        try {
            return bool(ctx, "collapse");
        } catch (ApiException e) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "collapse: want 'cluster' (or true/false), got '" + value + "'");
        }
    }

    private static boolean bool(Context ctx, String name) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) return false;
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ApiException(ErrorCode.INVALID_PARAMETER, name + ": want true or false, got '" + value + "'");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
