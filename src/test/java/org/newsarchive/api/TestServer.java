package org.newsarchive.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;

/** The real app on a free port over a fresh index, and a java.net.http client that speaks to it. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Six articles: three languages (one right-to-left), months with gaps between them, one undated. */
    static final List<Article> FIXTURE = List.of(
            article("a1", "Coopération militaire entre Bamako et Moscou", "Le Mali a réceptionné des hélicoptères russes à Bamako.",
                    PartialDate.ofDay(2022, 3, 15), "fr"),
            article("a2", "Élections au Sénégal", "Les électeurs sénégalais ont voté dans le calme.", PartialDate.ofMonth(2022, 1), "fr"),
            article("a3", "Bamako sous la pluie", "Des inondations ont touché Bamako en juin.", PartialDate.ofDay(2022, 6, 2), "fr"),
            article("a4", "Mali and Russia sign a defence deal", "Bamako signed an agreement with Moscow.", PartialDate.ofMonth(2021, 11), "en"),
            article("a5", "Chronique sans date", "Un texte sur Bamako dont la date est inconnue.", null, "fr"),
            article("a6", "مالي وروسيا توقعان اتفاقا", "وقعت باماكو اتفاقا مع موسكو.", PartialDate.ofDay(2022, 3, 20), "ar"));

    final ArchiveIndex index;
    final Javalin app;
    final String base;
    final HttpClient client = HttpClient.newHttpClient();

    TestServer(Path dir, ApiConfig config, List<Article> articles) throws IOException {
        index = ArchiveIndex.open(dir.resolve("index"), new Analyzers());
        for (Article a : articles) index.upsert(a);
        index.commit();
        app = ApiApp.create(index, config).start();
        base = "http://127.0.0.1:" + app.port();
    }

    TestServer(Path dir) throws IOException {
        this(dir, ApiConfig.local(0, null), FIXTURE);
    }

    static Article article(String id, String title, String body, PartialDate date, String lang) {
        return new Article(id, title, List.of(body), date, lang, "Test", null, null, List.of(), java.util.Map.of());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) b.header("Content-Type", contentType);
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    HttpResponse<String> delete(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).DELETE();
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** The body as JSON without the fields that change from run to run. */
    static JsonNode stable(HttpResponse<String> r, String... volatileFields) {
        JsonNode node = json(r);
        if (node instanceof ObjectNode o) for (String f : volatileFields) o.remove(f);
        return node;
    }

    static JsonNode error(String code, String message) {
        return json("{\"error\":{\"code\":\"" + code + "\",\"message\":" + JSON.valueToTree(message) + "}}");
    }

    @Override
    public void close() throws IOException {
        app.stop();
        index.close();
    }
}
