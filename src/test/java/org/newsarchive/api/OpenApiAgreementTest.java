package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routes Javalin really serves and the paths and methods /openapi.json documents are the same set. */
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
