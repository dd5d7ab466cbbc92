package org.newsarchive.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 the real {@code serve} while it answers NDJSON POSTs: after a restart the index opens, every article whose
 * POST was answered ({@code "durable": true}) is there and whole, none twice; re-posting everything converges to the
 * exact count.
 */
class KillDuringServeTest {
    private static final int BATCHES = 60;
    private static final int PER_BATCH = 100;
    /** Answered batches before the kill: the sender is then in the middle of the next POST. */
    private static final int KILL_AFTER = 15;
    private static final String PREFIX = "k";
    private static final Pattern SERVING = Pattern.compile("Serving on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();
    /** What each posted article says, by id: title and paragraphs. */
    private final Map<String, List<String>> source = new HashMap<>();
    private final List<String> batches = new ArrayList<>();

    @Test
    void serve_survivesKillNine_duringPosts_andConvergesToTheExactCount() throws Exception {
        writeBatches();
        Path index = dir.resolve("index");

        Process first = startServe(index, "1");
        String base = baseUrl("1", first);
        Set<String> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger answeredBatches = new AtomicInteger();
        AtomicReference<Throwable> senderFailure = new AtomicReference<>();
        Thread sender = new Thread(() -> {
            try {
                for (String batch : batches) {
                    JsonNode reply = post(base, batch);
                    if (!reply.path("durable").asBoolean()) throw new AssertionError("not durable: " + reply);
                    reply.get("results").forEach(r -> answered.add(r.get("id").asText()));
                    answeredBatches.incrementAndGet();
                }
            } catch (IOException e) {
                // The server was killed under this POST: its answer never came, so nothing is promised about it.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | AssertionError e) {
                senderFailure.set(e); // a refused or unreadable answer before the kill: reported below
            }
        }, "poster");
        sender.start();
        while (answeredBatches.get() < KILL_AFTER && sender.isAlive()) Thread.sleep(5);
        assertTrue(first.isAlive() && answeredBatches.get() < BATCHES, "every POST was answered before the kill");
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no commit
        assertTrue(first.waitFor(1, TimeUnit.MINUTES));
        assertNotEquals(0, first.exitValue());
        sender.join(TimeUnit.MINUTES.toMillis(1));
        assertFalse(sender.isAlive(), "the POST in flight never ended after the kill");
        if (senderFailure.get() != null) throw new AssertionError("a POST failed before the kill", senderFailure.get());
        int promised = answered.size();
        assertTrue(promised >= KILL_AFTER * PER_BATCH, "answered " + promised);

        Map<String, Integer> afterKill = wholeAndUnique(index);
        int kept = countOurs(afterKill);
        for (String id : answered) assertTrue(afterKill.containsKey(id), "answered article " + id + " was lost");
        int others = afterKill.size() - kept; // the bundled seeds that serve indexes into an empty index
        System.out.printf("kill -9 of serve: %d articles answered, %d in the index after the kill (of %d)%n",
                promised, kept, BATCHES * PER_BATCH);

        Process second = startServe(index, "2");
        try {
            String again = baseUrl("2", second);
            long added = 0;
            long replaced = 0;
            for (String batch : batches) {
                JsonNode reply = post(again, batch);
                added += reply.get("added").asLong();
                replaced += reply.get("replaced").asLong();
            }
            assertEquals(BATCHES * PER_BATCH - kept, added);
            assertEquals(kept, replaced);
        } finally {
            second.destroy(); // SIGTERM: the clean stop
            assertTrue(second.waitFor(1, TimeUnit.MINUTES));
        }
        Map<String, Integer> end = wholeAndUnique(index);
        assertEquals(BATCHES * PER_BATCH, countOurs(end));
        assertEquals(others, end.size() - countOurs(end));
    }

    private Process startServe(Path index, String run) throws IOException {
        return ChildJvm.start("256m", dir.resolve("out" + run + ".txt"), dir.resolve("err" + run + ".txt"),
                "--index", index.toString(), "serve", "--port", "0");
    }

    /** Waits for serve's "Serving on" line and returns its address. */
    private String baseUrl(String run, Process p) throws Exception {
        Path err = dir.resolve("err" + run + ".txt");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(Files.readString(err));
            if (m.find()) return "http://127.0.0.1:" + m.group(1);
            assertTrue(p.isAlive(), "serve ended: " + Files.readString(err));
            Thread.sleep(20);
        }
        throw new AssertionError("serve did not start: " + Files.readString(err));
    }

    private JsonNode post(String base, String ndjson) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static int countOurs(Map<String, Integer> ids) {
        return (int) ids.keySet().stream().filter(id -> id.startsWith(PREFIX)).count();
    }

    /** Opens the committed index, checks every live article of ours is whole and each id present once. */
    private Map<String, Integer> wholeAndUnique(Path index) throws IOException {
        return CommittedIndex.wholeAndUnique(index, source, true);
    }

    private void writeBatches() {
        for (int b = 0; b < BATCHES; b++) {
            StringBuilder batch = new StringBuilder();
            for (int i = b * PER_BATCH; i < (b + 1) * PER_BATCH; i++) {
                String id = PREFIX + i;
                String title = "Dépêche numéro " + i;
                List<String> paragraphs = List.of(
                        "Premier paragraphe de la dépêche " + i + " sur les élections au Sénégal.",
                        "Deuxième paragraphe, " + "mot ".repeat(i % 40) + "fin " + i + ".");
                source.put(id, Stream.concat(Stream.of(title), paragraphs.stream()).toList());
                batch.append("{\"id\":\"").append(id).append("\",\"lang\":\"fr\",\"title\":\"").append(title)
                        .append("\",\"body\":[\"").append(paragraphs.get(0)).append("\",\"").append(paragraphs.get(1)).append("\"]}\n");
            }
            batches.add(batch.toString());
        }
    }
}
