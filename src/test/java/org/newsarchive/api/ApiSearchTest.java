package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsarchive.api.TestServer.enc;
import static org.newsarchive.api.TestServer.error;
import static org.newsarchive.api.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchJson;
import org.newsarchive.search.SearchRequest;

/** GET /api/search against the real server: the CLI's JSON plus paging, and every way a request can be wrong. */
class ApiSearchTest {
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

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void search_answersTheCliJson_plusTookAndNext() throws Exception {
        HttpResponse<String> r = server.get("/api/search?q=bamako&sort=date");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = json(r);
        assertTrue(body.get("took_ms").isNumber());
        assertTrue(body.get("next").isNull(), "one page holds every hit");
        // Everything but took_ms and next is exactly what `search --json` prints for the same request.
        var cli = SearchJson.page(new LuceneArchiveSearch(server.index).search(
                new SearchRequest("bamako", null, null, null, SearchRequest.Sort.DATE, 10, 0, null, false)), false);
        var withoutPaging = (com.fasterxml.jackson.databind.node.ObjectNode) body.deepCopy();
        withoutPaging.remove("took_ms");
        withoutPaging.remove("next");
        assertEquals(json(TestServer.JSON.writeValueAsString(cli)), withoutPaging);
        assertEquals(List.of("a3", "a1", "a4", "a5"), ids(body));
        assertEquals(json("{\"year\":{\"2021\":1,\"2022\":2},\"month\":{\"2021-11\":1,\"2022-03\":1,\"2022-06\":1},\"lang\":{\"fr\":3,\"en\":1},"
                + "\"date_source\":{\"header\":3,\"none\":1}}"), body.get("facets"));
        assertEquals("Des inondations ont touché <mark>Bamako</mark> en juin.", body.get("hits").get(0).get("snippet").asText());
    }

    @Test
    void search_filtersByMonthAndLanguage() {
        JsonNode march = json(server.get("/api/search?from=2022-03&to=2022-03"));
        assertEquals(List.of("a1", "a6"), ids(march).stream().sorted().toList());
        JsonNode english = json(server.get("/api/search?q=bamako&lang=en"));
        assertEquals(List.of("a4"), ids(english));
    }

    @Test
    void search_pagesWithTheCursor_untilNextIsNull() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = json(server.get("/api/search?sort=date&size=2" + (cursor == null ? "" : "&cursor=" + enc(cursor))));
            seen.addAll(ids(page));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(List.of("a3", "a6", "a1", "a2", "a4", "a5"), seen);
    }

    @Test
    void search_refusesBadParameters_with400AndTheReason() {
        assertBad("/api/search?from=2022-13", "INVALID_PARAMETER", "from: month out of range: 13");
        assertBad("/api/search?to=hier", "INVALID_PARAMETER", "to: not a date (want YYYY, YYYY-MM or YYYY-MM-DD): 'hier'");
        assertBad("/api/search?size=101", "INVALID_PARAMETER", "size must be between 0 and 100, got 101");
        assertBad("/api/search?size=dix", "INVALID_PARAMETER", "size: not a whole number: 'dix'");
        assertBad("/api/search?q=mali&size=1&size=1000", "INVALID_PARAMETER", "parameter 'size' is given 2 times; give it once");
        assertBad("/api/search?size=%D9%A3", "INVALID_PARAMETER", "size: not a whole number: '٣'");
        assertBad("/api/search?offset=2147483648", "INVALID_PARAMETER", "offset: 2147483648 is too large");
        assertBad("/api/search?offset=-1", "INVALID_PARAMETER", "offset must not be negative, got -1");
        assertBad("/api/search?offset=9995&size=10", "INVALID_PARAMETER",
                "offset + size must not pass 10000; page deeper with the cursor ('next')");
        assertBad("/api/search?lang=xx", "INVALID_PARAMETER", "unknown language 'xx' (known: fr, en, de, es, it, pt, nl, ar, und)");
        assertBad("/api/search?sort=popularity", "INVALID_PARAMETER", "sort: want 'relevance' or 'date', got 'popularity'");
        assertBad("/api/search?qq=mali", "INVALID_PARAMETER",
                "unknown parameter 'qq' (known: collapse, cursor, from, lang, offset, plain, q, size, sort, to)");
        assertBad("/api/search?q=" + enc("\"coopération militaire"), "INVALID_QUERY",
                "unbalanced quotes: a phrase opened with \" is never closed");
        assertBad("/api/search?cursor=bm9wZQ", "INVALID_CURSOR", "cursor is not one this service gave out");
    }

    @Test
    void search_ofWordsNoArticleHoldsAll_isRelaxed_andSaysSo_butItsCountIsNot() {
        JsonNode page = json(server.get("/api/search?q=" + enc("bamako pingouins")));
        assertTrue(page.get("relaxed").asBoolean(), page.toString());
        assertEquals(4, page.get("total").asInt());
        assertTrue(json(server.get("/api/search?q=bamako")).get("relaxed") == null, "a strict page has no relaxed field");
        JsonNode count = json(server.get("/api/search?size=0&q=" + enc("bamako pingouins")));
        assertEquals(0, count.get("total").asInt());
        assertTrue(count.get("relaxed") == null);
    }

    @Test
    void search_refusesACursorFromAnotherQuery() {
        String next = json(server.get("/api/search?q=bamako&size=1")).get("next").asText();
        assertBad("/api/search?q=mali&size=1&cursor=" + enc(next), "INVALID_CURSOR", "cursor belongs to another query, filter or sort");
    }

    @Test
    void unknownPath_is404_andWrongMethod_is405_inTheErrorShape() {
        HttpResponse<String> missing = server.get("/api/nothing");
        assertEquals(404, missing.statusCode());
        assertEquals(error("NOT_FOUND", "no such endpoint: /api/nothing (see /openapi.json)"), json(missing));
        HttpResponse<String> put = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base + "/api/search"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, put.statusCode());
        assertEquals(error("METHOD_NOT_ALLOWED", "PUT is not allowed on /api/search (see /openapi.json)"), json(put));
    }

    @Test
    void headersTooLarge_isRefusedByJetty_inTheSameErrorShape() {
        HttpResponse<String> r = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base + "/api/health"))
                .header("X-Padding", "a".repeat(20_000)).GET().build());
        assertEquals(431, r.statusCode());
        assertEquals(error("HEADERS_TOO_LARGE", "request headers too large"), json(r));
    }

    @Test
    void responses_carryNoSniff_andNoCorsHeader() {
        HttpResponse<String> r = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base + "/api/search?q=mali"))
                .header("Origin", "https://elsewhere.example").GET().build());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    private static void assertBad(String url, String code, String message) {
        HttpResponse<String> r = server.get(url);
        assertEquals(400, r.statusCode(), url);
        assertEquals(error(code, message), json(r), url);
        assertNotNull(r.headers().firstValue("Content-Type").orElse(null));
    }
}
