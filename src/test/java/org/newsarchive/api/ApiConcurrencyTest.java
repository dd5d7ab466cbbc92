package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsarchive.api.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches racing bulk writes: no error, no half article, and the exact count at the end. */
class ApiConcurrencyTest {
    static final int BATCHES = 10;
    static final int PER_BATCH = 100;

    @TempDir
    Path dir;

    @Test
    void searchesRacingBulkWrites_neverFail_andEndWithTheExactCount() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            AtomicBoolean writing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    int searches = 0;
                    long last = 0;
                    while (writing.get() || searches == 0) {
                        HttpResponse<String> res = server.get("/api/search?q=tombouctou&size=100");
                        searches++;
                        if (res.statusCode() != 200) { problems.add(res.statusCode() + " " + res.body()); continue; }
                        JsonNode page = json(res);
                        long total = page.get("total").asLong();
                        // Batches commit whole, in order: a reader sees a multiple of a batch, never less than before.
                        if (total % PER_BATCH != 0 || total < last) problems.add("saw " + total + " after " + last);
                        last = total;
                        for (JsonNode hit : page.get("hits")) {
                            // Never half an article: every hit has its title and its highlighted body together.
                            if (!hit.get("title").asText().startsWith("Caravane ") || !hit.get("snippet").asText().contains("<mark>")) {
                                problems.add("partial hit " + hit);
                            }
                        }
                    }
                    return searches;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int b = 0; b < BATCHES; b++) {
                        StringBuilder body = new StringBuilder();
                        for (int i = 0; i < PER_BATCH; i++) {
                            int n = b * PER_BATCH + i;
                            body.append("{\"id\":\"c").append(n).append("\",\"title\":\"Caravane ").append(n)
                                    .append("\",\"body\":\"Le sel arrive à Tombouctou.\"}\n");
                        }
                        HttpResponse<String> res = server.post("/api/articles", "application/x-ndjson", body.toString());
                        if (res.statusCode() != 200) problems.add("write " + res.statusCode() + " " + res.body());
                    }
                } finally {
                    writing.set(false);
                }
            });
            writer.get();
            int searches = 0;
            for (Future<Integer> f : readers) searches += f.get();
            pool.shutdown();
            assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
            assertTrue(searches >= 3);
            assertEquals(BATCHES * PER_BATCH, json(server.get("/api/search?q=tombouctou")).get("total").asLong());
            assertEquals(BATCHES * PER_BATCH + TestServer.FIXTURE.size(), json(server.get("/api/stats")).get("articles").asLong());
        }
    }
}
