package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsarchive.api.TestServer.error;
import static org.newsarchive.api.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;

/** GET /api/export streams every match, more than any page holds, with the filters of a search. */
class ApiExportTest {
    /** More than a search page (100) and more than one round of the exporter (500). */
    static final int MANY = 1_234;

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        List<Article> articles = new ArrayList<>(TestServer.FIXTURE);
        for (int i = 0; i < MANY; i++) {
            articles.add(TestServer.article(String.format("x%04d", i), "Récolte de coton n° " + i,
                    "Les producteurs de Sikasso, \"coopératives\" comprises, livrent le coton.", PartialDate.ofMonth(2020, 1 + i % 12),
                    i % 2 == 0 ? "fr" : "en"));
        }
        server = new TestServer(dir, ApiConfig.local(0, null), articles);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static List<String> lines(String url) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = server.client.send(HttpRequest.newBuilder(URI.create(server.base + url)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) lines.add(line);
        }
        return lines;
    }

    @Test
    void ndjson_holdsEveryMatchOnce_asWholeArticles() throws Exception {
        List<String> lines = lines("/api/export?q=sikasso");
        assertEquals(MANY, lines.size());
        Set<String> ids = new HashSet<>();
        for (String line : lines) ids.add(json(line).get("id").asText());
        assertEquals(MANY, ids.size());
        var first = json(lines.get(0));
        assertEquals(json("[\"Les producteurs de Sikasso, \\\"coopératives\\\" comprises, livrent le coton.\"]"), first.get("body"));
        assertTrue(first.has("date_precision"));
    }

    @Test
    void export_respectsFiltersAndSort() throws Exception {
        List<String> english = lines("/api/export?q=sikasso&lang=en&from=2020-02&to=2020-02&sort=date");
        // Of every twelve articles, the one of February (i % 12 == 1) is odd, hence English.
        assertEquals(103, english.size());
        for (String line : english) {
            assertEquals("en", json(line).get("lang").asText());
            assertEquals("2020-02", json(line).get("date").asText());
        }
        List<String> byDate = lines("/api/export?sort=date");
        assertEquals(MANY + TestServer.FIXTURE.size(), byDate.size());
        assertEquals("a3", json(byDate.get(0)).get("id").asText());
    }

    @Test
    void wordsNoArticleHoldsAll_exportWhatTheSearchShows_andSaySo() throws Exception {
        String q = TestServer.enc("sikasso zzzqqq");
        JsonNode page = json(server.get("/api/search?q=" + q));
        assertTrue(page.get("relaxed").asBoolean(), page.toString());
        HttpResponse<String> r = server.get("/api/export?q=" + q);
        assertEquals(page.get("total").asText(), r.headers().firstValue("X-Total-Count").orElse(null));
        assertEquals("true", r.headers().firstValue("X-Relaxed").orElse(null));
        assertEquals(page.get("total").asInt(), lines("/api/export?q=" + q).size());
        // All words held: no relaxing, no header.
        assertTrue(server.get("/api/export?q=sikasso").headers().firstValue("X-Relaxed").isEmpty());
    }

    @Test
    void csv_hasAHeader_andQuotesCellsThatNeedIt() throws Exception {
        HttpResponse<String> r = server.get("/api/export?q=sikasso&format=csv");
        assertEquals("text/csv;charset=utf-8", contentType(r));
        assertEquals(Integer.toString(MANY), r.headers().firstValue("X-Total-Count").orElse(null));
        String[] rows = r.body().split("\r\n");
        assertEquals(MANY + 1, rows.length);
        assertEquals(SearchController.CSV_HEADER, rows[0]);
        assertTrue(rows[1].endsWith(",Test,,\"Les producteurs de Sikasso, \"\"coopératives\"\" comprises, livrent le coton.\""), rows[1]);
    }

    @Test
    void export_refusesBadFormatOrQuery_before_streaming() {
        HttpResponse<String> format = server.get("/api/export?format=xml");
        assertEquals(400, format.statusCode());
        assertEquals(error("INVALID_PARAMETER", "format: want 'ndjson' or 'csv', got 'xml'"), json(format));
        HttpResponse<String> query = server.get("/api/export?q=" + TestServer.enc("(mali"));
        assertEquals(400, query.statusCode());
        assertEquals(error("INVALID_QUERY", "unbalanced parentheses: ( and ) do not pair up"), json(query));
        assertEquals(400, server.get("/api/export?size=10").statusCode());
    }

    @Test
    void csvCell_quotesCommasQuotesAndLineBreaks() {
        assertEquals("plain", SearchController.csvCell("plain"));
        assertEquals("\"a,b\"", SearchController.csvCell("a,b"));
        assertEquals("\"dit \"\"non\"\"\"", SearchController.csvCell("dit \"non\""));
        assertEquals("\"l1\nl2\"", SearchController.csvCell("l1\nl2"));
        assertEquals("", SearchController.csvCell(null));
    }

    /** Jetty may write "a; charset=x" as "a;charset=x": compare without spaces. */
    static String contentType(java.net.http.HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }
}
