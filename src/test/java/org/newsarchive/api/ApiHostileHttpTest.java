package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsarchive.api.TestServer.error;
import static org.newsarchive.api.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile HTTP that the other API tests do not cover: path tricks in ids, broken percent-escapes, requests that
 * never finish, huge numbers, bodies of the wrong type or over the limit without a length, broken NDJSON, and
 * a search stopped by its time limit. Raw sockets send what {@link java.net.http.HttpClient} refuses to.
 */
class ApiHostileHttpTest {
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

    /** Status code, header block and body of one raw HTTP/1.0 exchange (no chunking, the server closes at the end). */
    record Raw(int status, String headers, String body) {
        /** The value of a response header, or null. */
        String header(String name) {
            return headers.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse(null);
        }
    }

    static Raw raw(TestServer s, String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.app.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n");
            return new Raw(status, bodyStart < 0 ? response : response.substring(0, bodyStart),
                    bodyStart < 0 ? "" : response.substring(bodyStart + 4));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/articles/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "/api/articles/..%2f..%2fpom.xml",
            "/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/api/articles/%2E%2E/%2E%2E/etc/passwd",
            "/api/articles/../../etc/passwd",
            "/api/articles/..%5C..%5Cpom.xml",
            "/api/articles/a1%2Fx",
            "/api/articles/a1%00",
            "/api/articles/%00",
            "/api/articles/a1%0D%0AX-Injected:%20yes",
            "/api/articles/%1B%5B31m",
            "/api/articles/%C0%AE%C0%AE%2F",
            "/assets/..%2F..%2Fpom.xml",
            "/assets/%2e%2e%2fopenapi.json",
            "/assets/../../pom.xml",
    })
    void pathTricksInIds_are400Or404_inTheErrorShape_andReadNoFile(String path) throws IOException {
        for (String method : new String[] {"GET", "DELETE"}) {
            Raw r = raw(server, method + " " + path + " HTTP/1.0");
            // 405: /assets has no DELETE route at all.
            assertTrue(Set.of(400, 404, 405).contains(r.status()), method + " " + path + " -> " + r.status() + " " + r.body());
            JsonNode error = json(r.body()).get("error");
            assertTrue(error.get("code").asText().matches("NOT_FOUND|MALFORMED_REQUEST|METHOD_NOT_ALLOWED"), r.body());
            // No file came back: not /etc/passwd, not the pom, not the OpenAPI document.
            assertFalse(r.body().contains("root:") || r.body().contains("<project") || r.body().contains("\"paths\""), r.body());
        }
        // Nothing was deleted on the way.
        assertEquals(200, server.get("/api/articles/a1").statusCode());
    }

    @Test
    void veryLongId_is404_andAnIdPastTheHeaderLimit_isRefusedByJetty() throws IOException {
        String id = "x".repeat(5_000);
        Raw r = raw(server, "GET /api/articles/" + id + " HTTP/1.0");
        assertEquals(404, r.status());
        assertEquals(error("NOT_FOUND", "no article with id '" + id + "'"), json(r.body()));
        Raw huge = raw(server, "GET /api/articles/" + "x".repeat(100_000) + " HTTP/1.0");
        assertEquals(414, huge.status());
        assertEquals("MALFORMED_REQUEST", json(huge.body()).get("error").get("code").asText());
    }

    @Test
    void malformedPercentEscape_inTheQueryString_is400_notASearchForEverything() throws IOException {
        String message = "malformed percent-escape '%ZZ' at position 3 of the query string "
                + "(a % must be followed by two hex digits; write % itself as %25)";
        Raw r = raw(server, "GET /api/search?q=%ZZ HTTP/1.0");
        assertEquals(400, r.status(), r.body());
        assertEquals(error("INVALID_PARAMETER", message), json(r.body()));
        Raw trailing = raw(server, "GET /api/search?q=mali%2 HTTP/1.0");
        assertEquals(400, trailing.status(), trailing.body());
        assertEquals(error("INVALID_PARAMETER", "malformed percent-escape '%2' at position 7 of the query string "
                + "(a % must be followed by two hex digits; write % itself as %25)"), json(trailing.body()));
        assertEquals(400, raw(server, "GET /api/export?q=%G1 HTTP/1.0").status());
        // A well-formed escape is still read: %25 is a literal percent sign, %20 a space.
        Raw fine = raw(server, "GET /api/search?q=bamako%20mali&size=1 HTTP/1.0");
        assertEquals(200, fine.status(), fine.body());
        assertTrue(json(fine.body()).get("total").asLong() > 0);
    }

    @Test
    void percentEscapesThatAreNotUtf8_are400_notASearchForAReplacementCharacter() throws IOException {
        String message = "the query string's percent-escapes are not UTF-8 (encode parameters as UTF-8, e.g. é as %C3%A9)";
        Raw r = raw(server, "GET /api/search?q=russie%FF HTTP/1.0");
        assertEquals(400, r.status(), r.body());
        assertEquals(error("INVALID_PARAMETER", message), json(r.body()));
        // Latin-1 é (%E9) instead of UTF-8's %C3%A9: refused too, also where it would become an article's id.
        assertEquals(400, raw(server, "GET /api/search?q=arm%E9e HTTP/1.0").status());
        assertEquals(400, raw(server, "POST /api/articles?id=%FF HTTP/1.0").status());
        Raw utf8 = raw(server, "GET /api/search?q=arm%C3%A9e&size=1 HTTP/1.0");
        assertEquals(200, utf8.status(), utf8.body());
        assertEquals("armée", json(utf8.body()).get("query").asText());
    }

    @Test
    void head_answersWithTheGetsStatusAndHeaders_andNoBody() throws IOException {
        Raw unknown = raw(server, "HEAD /api/articles/nope HTTP/1.0");
        assertEquals(404, unknown.status());
        assertEquals("", unknown.body());
        assertEquals(400, raw(server, "HEAD /api/search?q=mali&size=101 HTTP/1.0").status());
        Raw page = raw(server, "HEAD / HTTP/1.0");
        assertEquals(200, page.status());
        assertEquals("text/html;charset=utf-8", page.header("Content-Type").replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        assertEquals("", page.body());
        Raw export = raw(server, "HEAD /api/export?q=mali HTTP/1.0");
        assertEquals(200, export.status());
        assertTrue(Long.parseLong(export.header("X-Total-Count")) > 0, export.headers());
        assertEquals("", export.body());
        Raw search = raw(server, "HEAD /api/search?q=mali HTTP/1.0");
        assertEquals(200, search.status());
        assertTrue(search.header("Content-Type").startsWith("application/json"), search.headers());
        assertEquals("", search.body());
    }

    @Test
    void wrongMethod_is405_withAnAllowHeader_andOptionsAnswersWhatAPathAllows() throws IOException {
        Raw put = raw(server, "PUT /api/articles/a1 HTTP/1.0");
        assertEquals(405, put.status());
        assertEquals("GET, HEAD, DELETE, OPTIONS", put.header("Allow"));
        assertEquals("METHOD_NOT_ALLOWED", json(put.body()).get("error").get("code").asText());
        Raw options = raw(server, "OPTIONS /api/articles HTTP/1.0");
        assertEquals(204, options.status(), options.body());
        assertEquals("POST, OPTIONS", options.header("Allow"));
        assertEquals("GET, HEAD, OPTIONS", raw(server, "OPTIONS /api/search HTTP/1.0").header("Allow"));
        assertEquals(404, raw(server, "OPTIONS /api/nothing-here HTTP/1.0").status());
    }

    @Test
    void idleConnection_thatNeverFinishesItsRequest_isClosedByTheServer() throws IOException {
        try (TestServer quick = new TestServer(dir.resolve("idle"), ApiConfig.local(0, null).withIdleTimeout(Duration.ofMillis(300)),
                TestServer.FIXTURE)) {
            for (String partial : new String[] {"GET /api/hea", "GET /api/health HTTP/1.1\r\nHost: x\r\n",
                    "POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"id\":"}) {
                try (Socket socket = new Socket("127.0.0.1", quick.app.port())) {
                    // Far longer than the server's 300 ms: if the server never closes, this read fails the test.
                    socket.setSoTimeout(20_000);
                    socket.getOutputStream().write(partial.getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                    InputStream in = socket.getInputStream();
                    ByteArrayOutputStream got = new ByteArrayOutputStream();
                    try {
                        in.transferTo(got); // returns at end of stream: the server closed the connection
                    } catch (SocketTimeoutException e) {
                        throw new AssertionError("the server kept a connection open that never finished its request: " + partial, e);
                    }
                    String answer = got.toString(StandardCharsets.UTF_8);
                    assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408") || answer.startsWith("HTTP/1.1 400"),
                            partial + " -> " + answer);
                }
            }
            assertEquals(200, quick.get("/api/health").statusCode()); // and the server still serves
        }
    }

    @Test
    void aContentTypeCharset_theServerCannotRead_is415_andNeverDropsTheQuery() {
        HttpResponse<String> post = server.post("/api/articles", "application/json; charset=bogus",
                "{\"id\":\"cs1\",\"title\":\"Un titre\"}");
        assertEquals(415, post.statusCode(), post.body());
        assertEquals(error("UNSUPPORTED_MEDIA_TYPE", "unsupported charset 'bogus' in Content-Type (send UTF-8)"), json(post));
        assertEquals(404, server.get("/api/articles/cs1").statusCode());
        // Jetty would have dropped every parameter: a 200 with every article, size 500 and all.
        HttpResponse<String> bogus = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/search?q=mali&size=500"))
                .header("Content-Type", "x; charset=bogus").GET().build());
        assertEquals(415, bogus.statusCode(), bogus.body());
        // ... or read q=caf%C3%A9 as "cafÃ©".
        HttpResponse<String> latin1 = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/search?q=caf%C3%A9"))
                .header("Content-Type", "text/plain; charset=ISO-8859-1").GET().build());
        assertEquals(error("UNSUPPORTED_MEDIA_TYPE", "charset 'iso-8859-1' in the Content-Type of a GET would change how its"
                + " query string is read: send none, or UTF-8"), json(latin1));
        HttpResponse<String> utf8 = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/search?q=mali"))
                .header("Content-Type", "text/plain; charset=UTF-8").GET().build());
        assertEquals(200, utf8.statusCode(), utf8.body());
    }

    @Test
    void anHttpVersionTheServerDoesNotSpeak_isTheClientsError_inJson() throws IOException {
        Raw r = raw(server, "GET /api/health HTTP/3.0");
        assertEquals(505, r.status(), r.headers());
        assertEquals(error("MALFORMED_REQUEST", "HTTP version not supported (use HTTP/1.1 or HTTP/2)"), json(r.body()));
    }

    @Test
    void searchStoppedByItsTimeLimit_saysTimedOut_overHttp() throws IOException {
        assertFalse(json(server.get("/api/search?q=bamako")).has("timed_out"));
        try (TestServer hasty = new TestServer(dir.resolve("hasty"), ApiConfig.local(0, null).withSearchTimeout(Duration.ZERO),
                TestServer.FIXTURE)) {
            HttpResponse<String> r = hasty.get("/api/search?q=bamako");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(json(r).get("timed_out").asBoolean(), r.body());
        }
    }

    @Test
    void ndjsonWithAMalformedLine_is400_namingTheLine_andWritesNothing() {
        String body = "{\"id\":\"nd1\",\"title\":\"Crue du Niger\",\"body\":\"Le fleuve monte.\"}\n"
                + "\n"
                + "{\"id\":\"nd2\",\"title\":\"Coupé\n"
                + "{\"id\":\"nd3\",\"title\":\"Après\",\"body\":\"Suite.\"}\n";
        HttpResponse<String> r = server.post("/api/articles", "application/x-ndjson", body);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode error = json(r).get("error");
        assertEquals("INVALID_ARTICLE", error.get("code").asText());
        String message = error.get("message").asText();
        assertTrue(message.startsWith("line 3: invalid JSON: ") && message.endsWith("; nothing was written"), message);
        assertEquals(404, server.get("/api/articles/nd1").statusCode());
        assertEquals(404, server.get("/api/articles/nd3").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=2147483648", "size=99999999999999999999", "offset=2147483647", "offset=2147483647&size=100",
            "size=-2147483648", "offset=1e9", "size=0x10"})
    void hugeOrStrangeSizeAndOffset_are400_neverA500(String params) {
        HttpResponse<String> r = server.get("/api/search?q=bamako&" + params);
        assertEquals(400, r.statusCode(), params + " -> " + r.body());
        assertEquals("INVALID_PARAMETER", json(r).get("error").get("code").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/html", "application/jsonx"})
    void writesOfOtherContentTypes_are415_andWriteNothing(String contentType) {
        String body = "{\"id\":\"ct1\",\"title\":\"t\",\"body\":\"b\"}";
        HttpResponse<String> r = server.post("/api/articles?id=ct1", contentType.isEmpty() ? null : contentType, body);
        assertEquals(415, r.statusCode(), contentType + " -> " + r.body());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", json(r).get("error").get("code").asText());
        assertEquals(404, server.get("/api/articles/ct1").statusCode());
    }

    @Test
    void chunkedBodyOverTheLimit_withoutContentLength_is413() throws IOException {
        try (TestServer small = new TestServer(dir.resolve("small"), ApiConfig.local(0, null).withMaxBodyBytes(64 * 1024), TestServer.FIXTURE)) {
            byte[] big = ("{\"id\":\"big\",\"title\":\"t\",\"body\":\"" + "x".repeat(200 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
            // From a stream the client cannot know the length: the body goes chunked, with no Content-Length.
            HttpResponse<String> r = small.send(HttpRequest.newBuilder(URI.create(small.base + "/api/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
            assertEquals(413, r.statusCode(), r.body());
            assertEquals("PAYLOAD_TOO_LARGE", json(r).get("error").get("code").asText());
            assertEquals(404, small.get("/api/articles/big").statusCode());
        }
    }
}
