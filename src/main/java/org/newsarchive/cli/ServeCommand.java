package org.newsarchive.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsarchive.api.ApiApp;
import org.newsarchive.api.ApiConfig;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.IndexReport;
import org.newsarchive.index.Indexer;
import org.newsarchive.ingest.LanguageDetector;
import org.newsarchive.search.LuceneArchiveSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsarchive serve}: the HTTP API and the search page over the index, until SIGTERM or Ctrl-C,
 * which stop the server and close the index cleanly (pending writes committed).
 */
@Command(name = "serve", description = "Serve the search page and the JSON API (indexes the bundled seeds into an empty index first).")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ApiConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host = ApiConfig.DEFAULT_HOST;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token required for writes (default: $NEWSARCHIVE_TOKEN; none: writes from this machine only).")
    String token;

    @Override
    public Integer call() throws Exception {
        Running running = start(top.console);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("newsarchive: could not close the index cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "newsarchive-shutdown"));
        stopped.await();
        return 0;
    }

    /** A started server over its open index; closing stops the server, then commits and closes the index. */
    record Running(Javalin server, ArchiveIndex index) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            server.stop();
            index.close();
        }
    }

    /** Opens (or creates) the index, seeds it when empty, starts the server and says where and who may write. */
    Running start(Console console) throws IOException {
        AppConfig app = top.config();
        ApiConfig config = new ApiConfig(host, port, token != null ? token : System.getenv("NEWSARCHIVE_TOKEN"),
                ApiConfig.DEFAULT_MAX_BODY_BYTES, ApiConfig.DEFAULT_IDLE_TIMEOUT);
        ArchiveIndex index = ArchiveIndex.open(app.index(), new Analyzers());
        Javalin server;
        try {
            Archives.warnIfLegacy(index, console);
            seedIfEmpty(index, app, console);
            server = ApiApp.create(index, config).start();
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        // The language model (about 2 s to read) is loaded now, beside the first requests, not by the first article
        // posted or the first query that needs its language guessed.
        Thread.ofPlatform().daemon().name("newsarchive-language-model").start(() -> new LanguageDetector().warmUp());
        String shown = host.contains(":") ? "[" + host + "]" : host;
        console.err().println("Index: " + app.index() + " (" + new LuceneArchiveSearch(index).stats().articles() + " articles)");
        console.err().println(ApiApp.writePolicy(config));
        console.err().println("Serving on http://" + shown + ":" + server.port() + "/  (API: /api/search?q=..., "
                + "description: /openapi.json); stop with Ctrl-C");
        console.err().flush();
        return new Running(server, index);
    }

    /** An empty index gets the bundled seeds, so that a fresh clone serves something at once. */
    static void seedIfEmpty(ArchiveIndex index, AppConfig app, Console console) throws IOException {
        if (new LuceneArchiveSearch(index).stats().articles() > 0 || !Files.isDirectory(app.seeds())) return;
        console.err().println("The index at " + app.index() + " is empty: indexing the bundled articles in " + app.seeds() + " first.");
        IndexReport report = new Indexer(index, Archives.DEFAULT_LANG, null).index(List.of(app.seeds()), n -> {});
        console.err().println(report.summary());
        console.err().flush();
    }
}
