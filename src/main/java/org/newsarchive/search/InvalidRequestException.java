package org.newsarchive.search;

/** A search request the user must fix: bad query syntax or a bad parameter. The message says what and why. */
public class InvalidRequestException extends IllegalArgumentException {
    private final Kind kind;

    /** Which part of the request is wrong, so that each interface can name it. */
    public enum Kind { QUERY, PARAMETER, CURSOR }

    public InvalidRequestException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
