package org.newsarchive.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.newsarchive.index.AnalysisPreview;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Indexer;
import org.newsarchive.ingest.LanguageDetector;
import org.newsarchive.search.ArticleNeighbours;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.MatchExport;
import org.newsarchive.search.RankingConfig;

/**
 * The HTTP service, built from its dependencies and returned unstarted: {@code serve} starts it on its port,
 * tests on port 0. Routes are listed here and only here; {@code /openapi.json} must list the same.
 */
public final class ApiApp {
    /** The slowest request body accepted (bytes per second); a slower one gets a 408. */
    static final long MIN_BODY_BYTES_PER_SECOND = 1_024;

    private ApiApp() {}

    /** One route: what {@code /openapi.json} must document. */
    public record Route(HandlerType method, String path) {}

    /** The app over an open, writable index. */
    public static Javalin create(ArchiveIndex index, ApiConfig config) {
        // One search per app: its suggestions keep their completion lookups between requests.
        LuceneArchiveSearch search = new LuceneArchiveSearch(index, RankingConfig.DEFAULT, config.searchTimeout());
        ObjectMapper json = new ObjectMapper();
        WriteGuard guard = new WriteGuard(config.token());
        var writes = new ArticleService(index, new Indexer(index, new LanguageDetector(), null));
        var articles = new ArticleController(search, writes,
                guard, config.maxBodyBytes());
        var searches = new SearchController(search, new MatchExport(index, RankingConfig.DEFAULT), json);
        var info = new InfoController(search, new AnalysisPreview(index.analyzers()), index.path());
        var neighbours = new NeighboursController(new ArticleNeighbours(index));
        var suggest = new SuggestController(search.suggestions());
        var web = new WebResources();

        Javalin[] created = new Javalin[1];
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            // Requests run on virtual threads: one waiting for a slow body parks instead of holding one of a bounded
            // pool's threads, so slow uploads cannot starve searches and health checks.
            cfg.concurrency.useVirtualThreads = true;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyErrors());
                // No reserved threads: with them Jetty's selector thread runs a request itself after waking a reserved
                // thread to take over selecting, one more thread hand-off per request, and on 2 cores the threads
                // compete. Measured with wrk over OrangeSum (docs/BENCHMARKS.md): 16 connections 801 -> 864 and
                // 733 -> 810 requests/s, one connection unchanged (p50 2.47 / 2.51 ms).
                if (server.getThreadPool() instanceof QueuedThreadPool pool) pool.setReservedThreads(0);
            });
            // Answers up to the whole output buffer (32 KB) are gathered and sent in one write with a Content-Length;
            // with the default 8 KB, a larger search page went out as chunks, one more write and wake-up per answer.
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setOutputAggregationSize(http.getOutputBufferSize());
                // A body sent slower than this is dropped with a 408: a byte every few seconds keeps a connection
                // from ever being idle, and a few hundred such uploads would hold every request thread.
                http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
            });
            // CORS stays off: the page is served from the same origin, and other sites get no access.
            // The boilerplate counts of the articles posted since the start are written once, when the service stops.
            cfg.events.serverStopping(() -> {
                try {
                    writes.saveLearned();
                } catch (java.io.IOException e) {
                    org.slf4j.LoggerFactory.getLogger(ApiApp.class).warn("could not save the learned boilerplate counts", e);
                }
            });
            cfg.events.serverStarted(() -> {
                for (var connector : created[0].jettyServer().server().getConnectors()) {
                    if (connector instanceof AbstractConnector c) c.setIdleTimeout(config.idleTimeout().toMillis());
                }
            });
            var routes = cfg.routes;
            routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                QueryStrings.requireWellFormed(ctx.queryString());
                ContentTypes.requireKnownCharset(ctx);
            });
            // Every GET route answers HEAD too, with the GET's status and headers and no body: Javalin alone answers
            // HEAD with an empty 200 for any path that has a GET, even an unknown article or a refused parameter.
            BiConsumer<String, Handler> get = (path, handler) -> {
                routes.get(path, handler);
                routes.head(path, handler);
            };
            get.accept("/", web::page);
            get.accept("/assets/{name}", web::asset);
            get.accept("/openapi.json", web::openApi);
            get.accept("/api/search", searches::search);
            get.accept("/api/export", searches::export);
            get.accept("/api/articles/{id}", articles::get);
            routes.delete("/api/articles/{id}", articles::delete);
            get.accept("/api/articles/{id}/similar", neighbours::similar);
            get.accept("/api/articles/{id}/related", neighbours::related);
            get.accept("/api/suggest", suggest::suggest);
            routes.post("/api/articles", articles::post);
            get.accept("/api/stats", info::stats);
            get.accept("/api/health", info::health);
            get.accept("/api/analyze", info::analyze);
            Errors.register(routes, path -> allowedMethods(created[0], path));
        });
        created[0] = app;
        return app;
    }

    /**
     * The HTTP routes the app really registered, read back from Javalin's router; HEAD, which every GET route
     * answers, is left out (the OpenAPI document lists the GETs).
     */
    public static List<Route> routes(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod() && endpoint.method != HandlerType.HEAD)
                .map(endpoint -> new Route(endpoint.method, endpoint.path))
                .toList();
    }

    /** The methods a path answers, for the {@code Allow} header of a 405 and of OPTIONS. */
    private static List<String> allowedMethods(Javalin app, String path) {
        List<String> allowed = new ArrayList<>();
        for (HandlerType method : List.of(HandlerType.GET, HandlerType.HEAD, HandlerType.POST, HandlerType.DELETE)) {
            if (!app.unsafe.internalRouter.findHttpHandlerEntries(method, path).isEmpty()) allowed.add(method.name());
        }
        if (!allowed.isEmpty()) allowed.add(HandlerType.OPTIONS.name());
        return allowed;
    }

    /** The line {@code serve} prints at startup about who may write. */
    public static String writePolicy(ApiConfig config) {
        return config.hasToken()
                ? "Writes (POST/DELETE /api/articles) need 'Authorization: Bearer <token>'."
                : "No token configured (NEWSARCHIVE_TOKEN or --token): writes are accepted from this machine (loopback) only.";
    }
}
