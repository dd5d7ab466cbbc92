package org.newsarchive.api;

/** A request the API refuses, with the code and a message that tells the client what to change. */
public final class ApiException extends RuntimeException {
    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
