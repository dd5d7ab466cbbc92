package org.newsarchive.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.EOFException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.newsarchive.search.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into {@code {"error":{"code","message"}}}; a 500 never shows a stack trace or a path. */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {}

    /** @param allowed the methods a path answers (empty for an unknown path), for 405s and OPTIONS */
    static void register(RoutesConfig routes, Function<String, List<String>> allowed) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.code(), e.getMessage()));
        routes.exception(InvalidRequestException.class, (e, ctx) -> answer(ctx, switch (e.kind()) {
            case QUERY -> ErrorCode.INVALID_QUERY;
            case PARAMETER -> ErrorCode.INVALID_PARAMETER;
            case CURSOR -> ErrorCode.INVALID_CURSOR;
        }, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            ErrorCode code = ErrorCode.forStatus(e.getStatus());
            if (code == ErrorCode.METHOD_NOT_ALLOWED) {
                List<String> methods = allowed.apply(ctx.path());
                ctx.header("Allow", String.join(", ", methods));
                // OPTIONS asks what a path allows: the Allow header is the answer.
                if (ctx.method() == HandlerType.OPTIONS && !methods.isEmpty()) {
                    ctx.status(204);
                    return;
                }
            }
            answer(ctx, code, frameworkMessage(code, ctx));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            ErrorCode unreadable = unreadableBody(e);
            if (unreadable != null) {
                answer(ctx, unreadable, unreadable == ErrorCode.REQUEST_TIMEOUT
                        ? "request body sent too slowly (under " + ApiApp.MIN_BODY_BYTES_PER_SECOND + " bytes per second)"
                        : "the request body could not be read: it ends before its announced length, or its chunks are broken");
                return;
            }
            // The details go to the server log only: a client learns nothing about files or classes.
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, ErrorCode.INTERNAL, "internal error; the server log has the details");
        });
    }

    /**
     * The client's fault behind a failure to read the body, or null: Jetty signals a body sent too slowly or cut
     * short from inside the handler's read, as an exception the handler does not expect.
     */
    private static ErrorCode unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http.getCode() == 408 ? ErrorCode.REQUEST_TIMEOUT : ErrorCode.MALFORMED_REQUEST;
            }
            if (t instanceof EOFException || t instanceof EofException) return ErrorCode.MALFORMED_REQUEST;
            if (t.getCause() == t) break;
        }
        return null;
    }

    static void answer(Context ctx, ErrorCode code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.name());
        error.put("message", message);
        if (code == ErrorCode.UNAUTHORIZED) ctx.header("WWW-Authenticate", "Bearer");
        ctx.status(code.status()).json(Map.of("error", error));
    }

    /** Our own words for the framework's errors, which would otherwise echo its internals. */
    private static String frameworkMessage(ErrorCode code, Context ctx) {
        return switch (code) {
            case NOT_FOUND -> "no such endpoint: " + ctx.path() + " (see /openapi.json)";
            case METHOD_NOT_ALLOWED -> ctx.method() + " is not allowed on " + ctx.path() + " (see /openapi.json)";
            case PAYLOAD_TOO_LARGE -> "request body too large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported content type";
            default -> code.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
