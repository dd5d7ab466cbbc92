package org.newsarchive.api;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Who may write: with a token, whoever sends {@code Authorization: Bearer <token>}; without one, only
 * clients on this machine. Reads are open. The token is compared in constant time and never logged.
 */
final class WriteGuard {
    private static final String BEARER = "Bearer ";

    /** SHA-256 of the token, or null: comparing digests keeps the time independent of length and content. */
    private final byte[] tokenDigest;

    WriteGuard(String token) {
        this.tokenDigest = token == null ? null : sha256(token);
    }

    boolean tokenRequired() {
        return tokenDigest != null;
    }

    /** Throws 401 or 403 unless the request may write. */
    void check(Context ctx) {
        check(ctx.req().getRemoteAddr(), ctx.header("Authorization"));
    }

    /** The rule itself, from the client's socket address and its Authorization header (may be null). */
    void check(String remoteAddress, String header) {
        if (tokenDigest == null) {
            if (!isLoopback(remoteAddress)) {
                throw new ApiException(ErrorCode.FORBIDDEN,
                        "writes are accepted from this machine only, as no token is configured (set NEWSARCHIVE_TOKEN)");
            }
            return;
        }
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "writes need an 'Authorization: Bearer <token>' header");
        }
        byte[] given = sha256(header.substring(BEARER.length()).strip());
        if (!MessageDigest.isEqual(given, tokenDigest)) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "the bearer token is not the one configured");
        }
    }

    static boolean isLoopback(String address) {
        try {
            // A literal address from the socket: no name lookup happens here.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
