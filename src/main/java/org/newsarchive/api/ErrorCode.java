package org.newsarchive.api;

/** Every error the API answers, with its HTTP status: the one table clients can rely on. */
public enum ErrorCode {
    INVALID_QUERY(400),
    INVALID_PARAMETER(400),
    INVALID_CURSOR(400),
    INVALID_ARTICLE(400),
    /** The HTTP request itself could not be read (caught by the server before any route). */
    MALFORMED_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    REQUEST_TIMEOUT(408),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    HEADERS_TOO_LARGE(431),
    INTERNAL(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The code for a status raised by the framework itself (unknown route, wrong method...). */
    static ErrorCode forStatus(int status) {
        if (status == 400) return MALFORMED_REQUEST;
        for (ErrorCode c : values()) {
            if (c.status == status && c.status != 400) return c;
        }
        // 501 (unknown method) and 505 (HTTP/0.9, HTTP/3.0 on this connector) are about the request, not the server.
        return status >= 400 && status < 500 || status == 501 || status == 505 ? MALFORMED_REQUEST : INTERNAL;
    }
}
