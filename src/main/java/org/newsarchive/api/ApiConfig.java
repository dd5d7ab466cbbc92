package org.newsarchive.api;

import java.time.Duration;
import org.newsarchive.search.LuceneArchiveSearch;

/**
 * How the HTTP service runs, decided once from flags and environment.
 *
 * @param host         interface to listen on; loopback unless asked otherwise
 * @param port         TCP port; 0 picks a free one (tests)
 * @param token        bearer token that writes must carry, or null: then writes are accepted from loopback only
 * @param maxBodyBytes largest request body accepted (413 above)
 * @param idleTimeout  how long an idle connection stays open, also one that never finishes its request
 * @param searchTimeout time after which a search stops and answers what it found, flagged {@code timed_out}
 */
public record ApiConfig(String host, int port, String token, long maxBodyBytes, Duration idleTimeout, Duration searchTimeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    /** With the default search time limit. */
    public ApiConfig(String host, int port, String token, long maxBodyBytes, Duration idleTimeout) {
        this(host, port, token, maxBodyBytes, idleTimeout, LuceneArchiveSearch.DEFAULT_TIMEOUT);
    }

    public ApiConfig {
        if (token != null && token.isBlank()) token = null;
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }

    /** Defaults with the given port and token: what tests use. */
    public static ApiConfig local(int port, String token) {
        return new ApiConfig(DEFAULT_HOST, port, token, DEFAULT_MAX_BODY_BYTES, DEFAULT_IDLE_TIMEOUT);
    }

    public ApiConfig withMaxBodyBytes(long bytes) {
        return new ApiConfig(host, port, token, bytes, idleTimeout, searchTimeout);
    }

    public ApiConfig withIdleTimeout(Duration timeout) {
        return new ApiConfig(host, port, token, maxBodyBytes, timeout, searchTimeout);
    }

    public ApiConfig withSearchTimeout(Duration timeout) {
        return new ApiConfig(host, port, token, maxBodyBytes, idleTimeout, timeout);
    }

    public boolean hasToken() {
        return token != null;
    }

    /** Never prints the token: configurations end up in logs. */
    @Override
    public String toString() {
        return "ApiConfig[host=" + host + ", port=" + port + ", token=" + (hasToken() ? "(set)" : "(none)")
                + ", maxBodyBytes=" + maxBodyBytes + ", idleTimeout=" + idleTimeout + ", searchTimeout=" + searchTimeout + "]";
    }
}
