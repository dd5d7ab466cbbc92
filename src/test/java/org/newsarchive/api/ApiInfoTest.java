package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsarchive.api.TestServer.error;
import static org.newsarchive.api.TestServer.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/stats, /api/health, /api/analyze, the page's resources, and a 500 that tells nothing of the server. */
class ApiInfoTest {
    @TempDir
    Path dir;

    @Test
    void stats_health_and_analyze() throws IOException {
        try (TestServer server = new TestServer(dir)) {
            HttpResponse<String> stats = server.get("/api/stats");
            assertEquals(200, stats.statusCode());
            ObjectNode body = (ObjectNode) json(stats);
            assertTrue(body.remove("index_size_bytes").asLong() > 0);
            assertTrue(body.remove("last_commit").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
            assertEquals(json("{\"articles\":6,\"languages\":{\"fr\":4,\"ar\":1,\"en\":1},\"oldest\":\"2021-11\","
                    + "\"newest\":\"2022-06-02\",\"undated\":1,\"boilerplate_removed\":[]}"), body);

            assertEquals(json("{\"status\":\"ok\",\"articles\":6}"), json(server.get("/api/health")));

            HttpResponse<String> tokens = server.get("/api/analyze?text=" + TestServer.enc("L’été des élus") + "&lang=fr");
            assertEquals(json("{\"lang\":\"fr\",\"analyzer\":\"fr\",\"tokens\":[{\"token\":\"ete\",\"position\":0,\"start\":2,\"end\":5},"
                    + "{\"token\":\"elu\",\"position\":2,\"start\":10,\"end\":14}]}"), json(tokens));
            HttpResponse<String> noText = server.get("/api/analyze?lang=fr");
            assertEquals(400, noText.statusCode());
            assertEquals(error("INVALID_PARAMETER", "text: give the text to analyse"), json(noText));
        }
    }

    @Test
    void page_isFrenchHtmlInUtf8_andAssetsAndOpenApiAreServed() throws IOException {
        try (TestServer server = new TestServer(dir)) {
            HttpResponse<String> page = server.get("/");
            assertEquals(200, page.statusCode());
            assertEquals("text/html;charset=utf-8", contentType(page));
            assertTrue(page.body().contains("<html lang=\"fr\">"));
            assertTrue(page.body().contains("Aller aux résultats"));
            assertEquals("text/javascript;charset=utf-8", contentType(server.get("/assets/app.js")));
            assertEquals(404, server.get("/assets/..%2Fopenapi.json").statusCode());
            assertEquals("3.1.0", json(server.get("/openapi.json")).get("openapi").asText());
        }
    }

    @Test
    void internalError_is500_withoutStackTraceOrPath() throws IOException {
        TestServer server = new TestServer(dir);
        try {
            // A closed index makes every search fail inside Lucene: the kind of failure a client must not see.
            server.index.close();
            HttpResponse<String> r = server.get("/api/search?q=mali");
            assertEquals(500, r.statusCode());
            assertEquals(error("INTERNAL", "internal error; the server log has the details"), json(r));
            assertFalse(r.body().contains("at org."));
            assertFalse(r.body().contains(dir.toString()));
        } finally {
            server.app.stop();
        }
    }

    /** Jetty may write "a; charset=x" as "a;charset=x": compare without spaces. */
    static String contentType(java.net.http.HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }
}
