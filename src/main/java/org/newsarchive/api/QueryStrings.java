package org.newsarchive.api;

/**
 * Checks the raw query string before any parameter is read: the framework's decoder drops a parameter whose
 * percent-escape is broken ({@code q=%ZZ}), which would turn a typo into a silent search for everything.
 */
final class QueryStrings {
    private QueryStrings() {}

    /** Throws a 400 naming the first {@code %} not followed by two hexadecimal digits. */
    static void requireWellFormed(String raw) {
        if (raw == null) return;
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                String escape = raw.substring(i, Math.min(raw.length(), i + 3));
                throw new ApiException(ErrorCode.INVALID_PARAMETER, "malformed percent-escape '" + escape
                        + "' at position " + (i + 1) + " of the query string (a % must be followed by two hex digits; write % itself as %25)");
            }
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
