package org.newsarchive.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks the raw query string before any parameter is read: the framework's decoder drops a parameter whose
 * percent-escape is broken ({@code q=%ZZ}), which would turn a typo into a silent search for everything, and
 * replaces bytes that are not UTF-8 by U+FFFD, which would search for (or store an id with) a character nobody typed.
 */
final class QueryStrings {
    private QueryStrings() {}

    /**
     * Throws a 400 naming the first {@code %} not followed by two hexadecimal digits, or saying that the escaped
     * bytes are not UTF-8.
     */
    static void requireWellFormed(String raw) {
        if (raw == null) return;
        boolean escaped = false;
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                String escape = raw.substring(i, Math.min(raw.length(), i + 3));
                throw new ApiException(ErrorCode.INVALID_PARAMETER, "malformed percent-escape '" + escape
                        + "' at position " + (i + 1) + " of the query string (a % must be followed by two hex digits; write % itself as %25)");
            }
            escaped = true;
        }
        if (escaped && !isUtf8(raw)) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER,
                    "the query string's percent-escapes are not UTF-8 (encode parameters as UTF-8, e.g. é as %C3%A9)");
        }
    }

    /** True when the bytes the escapes stand for, with the plain characters around them, decode as UTF-8. */
    private static boolean isUtf8(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
