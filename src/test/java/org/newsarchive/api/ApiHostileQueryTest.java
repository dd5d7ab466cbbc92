package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile queries of {@code search/HostileQueryTest} over HTTP: a 200, or a 400 INVALID_QUERY naming the
 * problem — never a 500. Queries too long for a URL are stopped by Jetty with its own 4xx, still in the error shape.
 */
class ApiHostileQueryTest {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static HttpResponse<String> search(String query, boolean plain) {
        return server.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + (plain ? "&plain=true" : ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.newsarchive.search.HostileQueryTest#answered")
    void hostileQuery_is200_orANamed400(String name, String query, int ignoredSeedTotal) throws IOException {
        HttpResponse<String> r = search(query, false);
        JsonNode body = TestServer.JSON.readTree(r.body());
        if (r.statusCode() == 400) {
            // Two cases differ from the in-process run: a lone surrogate cannot travel in UTF-8 (URLEncoder sends
            // "?", a leading wildcard), and 300 words over this fixture's three languages pass the clause limit.
            assertEquals("INVALID_QUERY", body.get("error").get("code").asText(), r.body());
            assertTrue(name.equals("lone surrogate") || name.equals("300 distinct words"), name + ": " + r.body());
        } else {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(body.get("total").asLong() >= 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"org.newsarchive.search.HostileQueryTest#answered", "org.newsarchive.search.HostileQueryTest#refused"})
    void hostileQuery_inPlainMode_is200_overThreeLanguages(String name, String query, Object ignored) throws IOException {
        if (query.length() > 4_000) return; // past the URL limit: the 414 case above
        HttpResponse<String> r = search(query, true);
        assertEquals(200, r.statusCode(), name + ": " + r.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.newsarchive.search.HostileQueryTest#refused")
    void hostileQuery_is400_withTheReason_orRefusedByJettyWhenTooLongForAUrl(String name, String query, String expected)
            throws IOException {
        HttpResponse<String> r = search(query, false);
        JsonNode error = TestServer.JSON.readTree(r.body()).get("error");
        if (r.statusCode() == 400) {
            assertEquals("INVALID_QUERY", error.get("code").asText());
            assertTrue(error.get("message").asText().contains(expected), r.body());
        } else {
            assertEquals(414, r.statusCode(), r.body()); // URI too long: Jetty answers before the app
            assertEquals("MALFORMED_REQUEST", error.get("code").asText());
            assertTrue(query.length() > 4_000, "only an over-long query may be refused before the app: " + r.body());
        }
    }
}
