package org.newsarchive.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The search page, its script and style, and the OpenAPI document: files bundled in the jar, served as they are. */
final class WebResources {
    private static final String HTML = "text/html; charset=utf-8";

    /** Asset name to content type; nothing outside this list is ever read from the class path. */
    static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");

    private final byte[] page = load("/web/index.html");
    private final Map<String, byte[]> assets = Map.of("app.js", load("/web/app.js"), "app.css", load("/web/app.css"));
    private final byte[] openApi = load("/openapi.json");

    void page(Context ctx) {
        // Javalin's ctx.html() names no charset, and the page is French: say UTF-8 explicitly.
        ctx.contentType(HTML).result(page);
    }

    void asset(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] bytes = assets.get(name);
        if (bytes == null) throw new ApiException(ErrorCode.NOT_FOUND, "no such asset: " + name);
        ctx.header("Cache-Control", "no-cache").contentType(ASSETS.get(name)).result(bytes);
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    static byte[] load(String resource) {
        try (InputStream in = WebResources.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource + " in the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
