package org.newsarchive.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches the app (headers too large, unreadable request line):
 * the same {@code {"error":{"code","message"}}} shape instead of Jetty's HTML page, with no server detail.
 */
final class JettyErrors extends ErrorHandler {
    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");

    /** Jetty writes error bodies for GET, POST and HEAD only; a DELETE with a broken path gets its JSON too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(JSON);
        response.write(true, body(code), callback);
    }

    static ByteBuffer body(int status) {
        ErrorCode code = ErrorCode.forStatus(status);
        String message = switch (status) {
            case 431 -> "request headers too large";
            case 408 -> "the request was not finished in time";
            case 505 -> "HTTP version not supported (use HTTP/1.1 or HTTP/2)";
            default -> "the request could not be read (HTTP " + status + ")";
        };
        String json = "{\"error\":{\"code\":\"" + code.name() + "\",\"message\":\"" + message + "\"}}";
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }
}
