package org.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;

/** {@code serve}: an empty index gets the bundled seeds, the server answers, and stopping closes the index. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private ServeCommand command(Path index, StringWriter err) {
        NewsarchiveCommand top = new NewsarchiveCommand();
        top.index = index;
        top.console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err, true), false);
        ServeCommand serve = new ServeCommand();
        serve.top = top;
        serve.port = 0;
        return serve;
    }

    @Test
    void serve_seedsAnEmptyIndex_servesIt_andSaysWhoMayWrite() throws Exception {
        StringWriter err = new StringWriter();
        Path index = dir.resolve("index");
        int port;
        ServeCommand serve = command(index, err);
        try (ServeCommand.Running running = serve.start(serve.top.console)) {
            port = running.server().port();
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("{\"status\":\"ok\",\"articles\":5}", health.body());
        }
        String log = err.toString();
        assertTrue(log.contains("is empty: indexing the bundled articles"), log);
        assertTrue(log.contains("indexed 5 (5 new, 0 replaced), skipped 0, failed 0"), log);
        assertTrue(log.contains("No token configured (NEWSARCHIVE_TOKEN or --token): writes are accepted from this machine (loopback) only."), log);
        assertTrue(log.contains("Serving on http://127.0.0.1:" + port + "/"), log);
        // Closed cleanly: the write lock is free and the seeds are committed.
        try (ArchiveIndex reopened = ArchiveIndex.open(index, new Analyzers())) {
            assertEquals(5, new org.newsarchive.search.LuceneArchiveSearch(reopened).stats().articles());
        }
    }

    @Test
    void serve_leavesAnIndexWithArticlesAsItIs() throws Exception {
        Path index = dir.resolve("index");
        try (ArchiveIndex fresh = ArchiveIndex.open(index, new Analyzers())) {
            fresh.upsert(new org.newsarchive.Article("only", "Seul article", java.util.List.of("Texte."), null, "fr",
                    null, null, null, java.util.List.of(), java.util.Map.of()));
            fresh.commit();
        }
        StringWriter err = new StringWriter();
        ServeCommand serve = command(index, err);
        serve.token = "t0ken";
        try (ServeCommand.Running running = serve.start(serve.top.console)) {
            assertEquals(1, new org.newsarchive.search.LuceneArchiveSearch(running.index()).stats().articles());
        }
        assertTrue(err.toString().contains("Writes (POST/DELETE /api/articles) need 'Authorization: Bearer <token>'."));
        assertTrue(!err.toString().contains("t0ken"));
    }
}
