package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newsarchive.api.TestServer.error;
import static org.newsarchive.api.TestServer.json;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes need the bearer token when one is configured; reads never do; without a token, loopback only. */
class ApiAuthTest {
    static final String TOKEN = "s3cret-token-for-tests";
    static final String ARTICLE = "{\"id\":\"w1\",\"title\":\"Titre\",\"body\":\"Corps du texte.\"}";

    @TempDir
    Path dir;
    TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer(dir, ApiConfig.local(0, TOKEN), TestServer.FIXTURE);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void write_withoutAuthorization_is401_withBearerChallenge() {
        HttpResponse<String> r = server.post("/api/articles", "application/json", ARTICLE);
        assertEquals(401, r.statusCode());
        assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals(error("UNAUTHORIZED", "writes need an 'Authorization: Bearer <token>' header"), json(r));
        assertEquals(404, server.get("/api/articles/w1").statusCode());
    }

    @Test
    void write_withWrongToken_is401_andTheTokenIsNotEchoed() {
        HttpResponse<String> r = server.post("/api/articles", "application/json", ARTICLE, "Authorization", "Bearer wrong");
        assertEquals(401, r.statusCode());
        assertEquals(error("UNAUTHORIZED", "the bearer token is not the one configured"), json(r));
        HttpResponse<String> d = server.delete("/api/articles/a1", "Authorization", "Bearer " + TOKEN + "x");
        assertEquals(401, d.statusCode());
        assertFalse(d.body().contains(TOKEN));
    }

    @Test
    void write_withTheToken_succeeds() {
        assertEquals(200, server.post("/api/articles", "application/json", ARTICLE, "Authorization", "Bearer " + TOKEN).statusCode());
        assertEquals(200, server.delete("/api/articles/w1", "Authorization", "bearer " + TOKEN).statusCode());
    }

    @Test
    void reads_needNoToken() {
        assertEquals(200, server.get("/api/search?q=mali").statusCode());
        assertEquals(200, server.get("/api/articles/a1").statusCode());
        assertEquals(200, server.get("/api/stats").statusCode());
    }

    @Test
    void withoutToken_writesFromLoopbackPass_andFromElsewhereAre403() {
        WriteGuard open = new WriteGuard(null);
        open.check("127.0.0.1", null);
        open.check("0:0:0:0:0:0:0:1", null);
        ApiException e = assertThrows(ApiException.class, () -> open.check("192.0.2.10", null));
        assertEquals(ErrorCode.FORBIDDEN, e.code());
        assertEquals(403, e.code().status());
    }

    /**
     * Over HTTP: a server on every interface without a token, reached through this machine's own non-loopback
     * address (so the request does not come from loopback), refuses the write with 403 and writes nothing.
     */
    @Test
    void withoutToken_aWriteOverTheNetwork_is403_overHttp() throws Exception {
        InetAddress external = java.util.Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (java.net.SocketException e) { return false; } })
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst().orElse(null);
        Assumptions.assumeTrue(external != null, "this machine has no network address besides loopback: nothing to write from");
        ApiConfig everywhere = new ApiConfig("0.0.0.0", 0, null, ApiConfig.DEFAULT_MAX_BODY_BYTES, ApiConfig.DEFAULT_IDLE_TIMEOUT);
        try (TestServer open = new TestServer(dir.resolve("open"), everywhere, TestServer.FIXTURE)) {
            String base = "http://" + external.getHostAddress() + ":" + open.app.port();
            HttpResponse<String> r = open.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build());
            assertEquals(403, r.statusCode(), r.body());
            assertEquals("FORBIDDEN", json(r).get("error").get("code").asText());
            assertEquals(404, open.get("/api/articles/w1").statusCode(), "nothing was written");
            // The same write from loopback passes.
            assertEquals(200, open.post("/api/articles", "application/json", ARTICLE).statusCode());
        }
    }

    @Test
    void withToken_loopbackStillNeedsIt() {
        WriteGuard guarded = new WriteGuard(TOKEN);
        assertEquals(ErrorCode.UNAUTHORIZED, assertThrows(ApiException.class, () -> guarded.check("127.0.0.1", null)).code());
        guarded.check("192.0.2.10", "Bearer " + TOKEN);
    }

    @Test
    void configuration_neverPrintsTheToken() {
        assertFalse(ApiConfig.local(0, TOKEN).toString().contains(TOKEN));
        assertFalse(ApiApp.writePolicy(ApiConfig.local(0, TOKEN)).contains(TOKEN));
    }
}
