package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routes Javalin really serves, their query parameters, and what /openapi.json documents are the same. */
class OpenApiAgreementTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @TempDir
    Path dir;

    @Test
    void registeredRoutes_matchTheDocument_exactly() throws IOException {
        try (TestServer server = new TestServer(dir)) {
            Set<String> served = new TreeSet<>();
            for (ApiApp.Route r : ApiApp.routes(server.app)) served.add(r.method().name().toUpperCase(Locale.ROOT) + " " + r.path());
            JsonNode doc = TestServer.json(server.get("/openapi.json"));
            Set<String> documented = new TreeSet<>();
            doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
                if (METHODS.contains(op.getKey())) documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }));
            assertTrue(served.size() >= 11, () -> "the router listing looks empty: " + served);
            assertEquals(served, documented, "routes and /openapi.json disagree");
        }
    }

    /**
     * Each documented GET route is asked with an unknown parameter: a route that refuses it names the parameters it
     * knows, which must be the documented query parameters; a route that ignores it must document none.
     */
    @Test
    void queryParametersOfEveryGetRoute_matchTheDocument() throws IOException {
        try (TestServer server = new TestServer(dir)) {
            JsonNode doc = TestServer.json(server.get("/openapi.json"));
            List<String> checked = new ArrayList<>();
            doc.get("paths").properties().forEach(path -> {
                JsonNode get = path.getValue().get("get");
                if (get == null) return;
                Set<String> documented = new TreeSet<>();
                get.path("parameters").forEach(p -> {
                    if (p.get("in").asText().equals("query")) documented.add(p.get("name").asText());
                });
                String url = path.getKey().replace("{id}", "a1").replace("{name}", "app.js") + "?zzz=1";
                var r = server.get(url);
                Set<String> known = new TreeSet<>();
                if (r.statusCode() == 400) {
                    String message = TestServer.json(r).get("error").get("message").asText();
                    Matcher m = Pattern.compile("unknown parameter 'zzz' \\((?:known: (.*)|this endpoint takes none)\\)").matcher(message);
                    assertTrue(m.matches(), url + ": " + message);
                    if (m.group(1) != null) known.addAll(List.of(m.group(1).split(", ")));
                } else {
                    assertEquals(200, r.statusCode(), url + ": " + r.body());
                }
                assertEquals(documented, known, "query parameters of GET " + path.getKey());
                checked.add(path.getKey());
            });
            assertTrue(checked.contains("/api/search") && checked.contains("/api/export") && checked.size() >= 10, checked::toString);
        }
    }

    @Test
    void document_isOpenApi31_andEveryErrorCodeIsListed() throws IOException {
        JsonNode doc = TestServer.JSON.readTree(WebResources.load("/openapi.json"));
        assertEquals("3.1.0", doc.get("openapi").asText());
        Set<String> listed = new TreeSet<>();
        doc.at("/components/schemas/Error/properties/error/properties/code/enum").forEach(c -> listed.add(c.asText()));
        Set<String> codes = new TreeSet<>();
        for (ErrorCode c : ErrorCode.values()) codes.add(c.name());
        assertEquals(codes, listed);
    }
}
