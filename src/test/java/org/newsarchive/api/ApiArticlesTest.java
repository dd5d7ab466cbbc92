package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsarchive.api.TestServer.error;
import static org.newsarchive.api.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/articles: read, add or replace in every accepted body format, delete, and the errors of each. */
class ApiArticlesTest {
    @TempDir
    Path dir;
    TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer(dir);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private long total(String query) {
        return json(server.get("/api/search?q=" + TestServer.enc(query))).get("total").asLong();
    }

    @Test
    void get_answersTheWholeArticle() {
        HttpResponse<String> r = server.get("/api/articles/a1");
        assertEquals(200, r.statusCode());
        ObjectNode body = (ObjectNode) json(r);
        assertTrue(body.remove("ingested").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        assertEquals(json("""
                {"id":"a1","title":"Coopération militaire entre Bamako et Moscou",
                 "body":["Le Mali a réceptionné des hélicoptères russes à Bamako."],
                 "date":"2022-03-15","date_precision":"day","date_source":"header","cluster":"a1","lang":"fr","source":"Test","url":null,
                 "credits":[],"file":null,"metadata":{}}"""), body);
    }

    @Test
    void get_unknownId_is404() {
        HttpResponse<String> r = server.get("/api/articles/nope");
        assertEquals(404, r.statusCode());
        assertEquals(error("NOT_FOUND", "no article with id 'nope'"), json(r));
    }

    @Test
    void post_oneJsonArticle_isSearchableAndDurableWhenAnswered() {
        HttpResponse<String> r = server.post("/api/articles", "application/json",
                "{\"id\":\"n1\",\"title\":\"Les pêcheurs de Mopti\",\"body\":\"La crue du Niger arrive tôt.\",\"date\":\"2023-08-04\"}");
        assertEquals(200, r.statusCode());
        assertEquals(json("{\"added\":1,\"replaced\":0,\"failed\":0,\"durable\":true,"
                + "\"results\":[{\"item\":1,\"id\":\"n1\",\"outcome\":\"added\"}]}"), json(r));
        assertEquals(1, total("pêcheurs"));
        assertEquals("2023-08-04", json(server.get("/api/articles/n1")).get("date").asText());
    }


    @Test
    void post_keepsCreditsAndMetadata_andAnArticleReadFromTheApi_postsBackUnchanged() {
        HttpResponse<String> r = server.post("/api/articles", "application/json",
                "{\"id\":\"c1\",\"title\":\"La crue à Mopti\",\"body\":[\"Le fleuve monte.\",\"Les pêcheurs attendent.\"],"
                        + "\"date\":\"2023-08\",\"credits\":[\"Photo AFP\",\"  \"],\"desk\":\"Afrique\"}");
        assertEquals(200, r.statusCode(), r.body());
        ObjectNode first = (ObjectNode) json(server.get("/api/articles/c1"));
        assertEquals(json("[\"Photo AFP\"]"), first.get("credits"));
        assertEquals(json("{\"desk\":\"Afrique\"}"), first.get("metadata"));
        // What the archive decided (precision, date source, cluster, file, ingest time) is not taken as metadata.
        HttpResponse<String> again = server.post("/api/articles", "application/json", first.toString());
        assertEquals("replaced", json(again).get("results").get(0).get("outcome").asText(), again.body());
        ObjectNode second = (ObjectNode) json(server.get("/api/articles/c1"));
        first.remove("ingested");
        second.remove("ingested");
        assertEquals(first, second);
    }

    @Test
    void post_withADateThatIsNotIso_isAddedUndated_withAWarningSayingWhere() {
        HttpResponse<String> r = server.post("/api/articles", "application/json",
                "{\"id\":\"d1\",\"title\":\"Un titre\",\"body\":\"Un corps.\",\"date\":\"2022-13\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(json("{\"item\":1,\"id\":\"d1\",\"outcome\":\"added\",\"warning\":\"date '2022-13' is not an ISO date"
                + " (YYYY, YYYY-MM or YYYY-MM-DD): the article is undated, the text is kept in metadata.date_raw\"}"),
                json(r).get("results").get(0));
        JsonNode stored = json(server.get("/api/articles/d1"));
        assertTrue(stored.get("date").isNull());
        assertEquals("2022-13", stored.get("metadata").get("date_raw").asText());
    }
    @Test
    void post_detectsTheLanguageOfArticlesThatDoNotStateIt_andKeepsAStatedOne() {
        String ndjson = "{\"id\":\"en1\",\"title\":\"Floods in Mopti\",\"body\":\"The river Niger rose early this year and "
                + "the fishermen of the region lost their boats and their nets.\"}\n"
                + "{\"id\":\"fr2\",\"title\":\"Crue à Mopti\",\"body\":\"Le fleuve est monté tôt cette année.\",\"lang\":\"fr\"}\n";
        assertEquals(200, server.post("/api/articles", "application/x-ndjson", ndjson).statusCode());
        assertEquals("en", json(server.get("/api/articles/en1")).get("lang").asText());
        assertEquals("fr", json(server.get("/api/articles/fr2")).get("lang").asText());
    }

    @Test
    void post_jsonArray_reportsEachArticle_andReplacesKnownIds() {
        HttpResponse<String> r = server.post("/api/articles", "application/json; charset=utf-8",
                "[{\"id\":\"a2\",\"title\":\"Élections au Sénégal, résultats\",\"body\":\"Le dépouillement est fini.\"},"
                        + "{\"title\":\"sans identifiant\"}, 42]");
        assertEquals(200, r.statusCode());
        assertEquals(json("{\"added\":0,\"replaced\":1,\"failed\":2,\"durable\":true,\"results\":["
                + "{\"item\":1,\"id\":\"a2\",\"outcome\":\"replaced\"},"
                + "{\"item\":2,\"id\":null,\"outcome\":\"failed\",\"reason\":\"no \\\"id\\\"\"},"
                + "{\"item\":3,\"id\":null,\"outcome\":\"failed\",\"reason\":\"not a JSON object\"}]}"), json(r));
        assertEquals(1, total("dépouillement"));
    }

    @Test
    void post_ndjsonBulkOfAThousand_addsThemAll() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            lines.append("{\"id\":\"bulk-").append(i).append("\",\"title\":\"Dépêche ").append(i)
                    .append("\",\"body\":\"Le marché de Ségou ouvre.\"}\n");
        }
        HttpResponse<String> r = server.post("/api/articles", "application/x-ndjson", lines.toString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals(1000, body.get("added").asInt());
        assertEquals(0, body.get("failed").asInt());
        assertEquals(1000, body.get("results").size());
        assertEquals(1000, total("ségou"));
        assertEquals(1006, json(server.get("/api/stats")).get("articles").asLong());
    }

    @Test
    void post_plainTextInTheSeedsFormat_takesItsIdFromTheQuery() {
        String seed = "date 2022-03 La coopération militaire se renforce. Premier paragraphe sur Koulikoro.\n\nDeuxième paragraphe.\n";
        HttpResponse<String> r = server.post("/api/articles?id=seed-1", "text/plain; charset=utf-8", seed);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode article = json(server.get("/api/articles/seed-1"));
        assertEquals("La coopération militaire se renforce.", article.get("title").asText());
        assertEquals("2022-03", article.get("date").asText());
        assertEquals("month", article.get("date_precision").asText());
        assertEquals(json("[\"Premier paragraphe sur Koulikoro.\",\"Deuxième paragraphe.\"]"), article.get("body"));
    }

    @Test
    void post_plainTextWithoutId_is400() {
        HttpResponse<String> r = server.post("/api/articles", "text/plain", "Un titre\n\nUn corps.");
        assertEquals(400, r.statusCode());
        assertEquals(error("INVALID_PARAMETER", "a text/plain article needs its id: POST /api/articles?id=..."), json(r));
    }

    @Test
    void post_anIdNoUrlCouldNameBack_isRefused() {
        HttpResponse<String> nul = server.post("/api/articles?id=t23%00", "text/plain", "Un titre\n\nUn corps.");
        assertEquals(400, nul.statusCode());
        assertEquals(error("INVALID_PARAMETER", "\"id\" holds a control character (line break, tab...)"), json(nul));
        HttpResponse<String> longId = server.post("/api/articles", "application/json",
                "{\"id\":\"" + "x".repeat(9_000) + "\",\"title\":\"Un titre\"}");
        assertEquals(400, longId.statusCode(), longId.body());
        assertEquals(error("INVALID_ARTICLE", "\"id\" is 9000 characters long; at most 1000 are allowed"), json(longId));
    }

    @Test
    void post_invalidJson_orNoUsableArticle_is400() {
        HttpResponse<String> bad = server.post("/api/articles", "application/json", "{\"id\": ");
        assertEquals(400, bad.statusCode());
        assertEquals("INVALID_ARTICLE", json(bad).get("error").get("code").asText());
        HttpResponse<String> noId = server.post("/api/articles", "application/json", "{\"title\":\"x\"}");
        assertEquals(400, noId.statusCode());
        assertEquals(error("INVALID_ARTICLE", "no \"id\""), json(noId));
    }

    @Test
    void post_otherMediaType_is415() {
        HttpResponse<String> r = server.post("/api/articles", "application/xml", "<article/>");
        assertEquals(415, r.statusCode());
        assertEquals(error("UNSUPPORTED_MEDIA_TYPE",
                "send articles as application/json, application/x-ndjson or text/plain (with ?id=), not 'application/xml'"), json(r));
    }

    @Test
    void post_bodyOverTheLimit_is413() throws IOException {
        try (TestServer small = new TestServer(dir.resolve("small"), ApiConfig.local(0, null).withMaxBodyBytes(64 * 1024), TestServer.FIXTURE)) {
            String big = "{\"id\":\"big\",\"title\":\"t\",\"body\":\"" + "x".repeat(70 * 1024) + "\"}";
            HttpResponse<String> r = small.post("/api/articles", "application/json", big);
            assertEquals(413, r.statusCode());
            assertEquals(error("PAYLOAD_TOO_LARGE", "request body over 65536 bytes; send fewer articles per request"), json(r));
            assertEquals(404, small.get("/api/articles/big").statusCode());
        }
    }

    @Test
    void delete_removesTheArticle_thenIs404() {
        HttpResponse<String> r = server.delete("/api/articles/a3");
        assertEquals(200, r.statusCode());
        assertEquals(json("{\"id\":\"a3\",\"deleted\":true,\"durable\":true}"), json(r));
        assertEquals(404, server.get("/api/articles/a3").statusCode());
        assertEquals(0, total("inondations"));
        HttpResponse<String> again = server.delete("/api/articles/a3");
        assertEquals(404, again.statusCode());
        assertEquals(error("NOT_FOUND", "no article with id 'a3'"), json(again));
    }
}
