package org.newsarchive.api;

import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;

/**
 * Checks a request's {@code Content-Type} charset before anything reads the request. Jetty takes that charset to
 * decode the query string too: an unknown one ({@code charset=bogus}) made it drop every parameter, so a search with
 * a bad date or size 500 answered 200 with every article, and made reading a posted body fail with a 500; a known
 * one other than UTF-8 on a GET made {@code q=caf%C3%A9} search for "cafÃ©".
 */
final class ContentTypes {
    private ContentTypes() {}

    static void requireKnownCharset(Context ctx) {
        String type = ctx.header("Content-Type");
        String charset = type == null ? null : charsetOf(type);
        if (charset != null && !isSupported(charset)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported charset '" + charset + "' in Content-Type (send UTF-8)");
        }
        // Jetty reads the query string in that charset as well; query strings are UTF-8 (RFC 3986, browsers), and a
        // request without a body has nothing else the charset could be for.
        boolean utf8 = charset == null || charset.equals("utf-8") || charset.equals("utf8") || charset.equals("us-ascii");
        if (!utf8 && !"POST".equals(ctx.method().name())) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "charset '" + charset + "' in the Content-Type of a "
                    + ctx.method().name() + " would change how its query string is read: send none, or UTF-8");
        }
    }

    private static String charsetOf(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String value = p.substring(8).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1, value.length() - 1);
                return value.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
