package org.newsarchive.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchJson;
import org.newsarchive.search.SearchRequest;

/**
 * Not a test: what HTTP adds to a search. In one JVM, each query runs in process and then over HTTP,
 * interleaved, so both see the same machine load. Run after {@code mvn package}:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" org.newsarchive.api.ApiOverheadBench INDEX 1000}
 */
public final class ApiOverheadBench {
    private static final String[] QUERIES = {"gouvernement français", "tombouctou", "coupe du monde",
            "élection présidentielle", "réforme des retraites"};

    private ApiOverheadBench() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        try (ArchiveIndex index = ArchiveIndex.open(Path.of(args[0]), new Analyzers())) {
            var app = ApiApp.create(index, ApiConfig.local(0, null)).start();
            try {
                var search = new LuceneArchiveSearch(index);
                var client = HttpClient.newHttpClient();
                long[] inProcess = new long[n];
                long[] http = new long[n];
                for (int round = 0; round < 2; round++) { // the first round warms up
                    for (int i = 0; i < n; i++) {
                        String q = QUERIES[i % QUERIES.length];
                        long t0 = System.nanoTime();
                        SearchJson.page(search.search(SearchRequest.of(q)), true);
                        long t1 = System.nanoTime();
                        var r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/search?q="
                                + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                        long t2 = System.nanoTime();
                        if (r.statusCode() != 200) throw new IllegalStateException(r.body());
                        inProcess[i] = t1 - t0;
                        http[i] = t2 - t1;
                    }
                }
                long[] difference = new long[n];
                for (int i = 0; i < n; i++) difference[i] = http[i] - inProcess[i];
                Arrays.sort(inProcess);
                Arrays.sort(http);
                Arrays.sort(difference);
                System.out.printf(java.util.Locale.ROOT, "n=%d in-process p50 %.3f ms p99 %.3f ms | HTTP p50 %.3f ms p99 %.3f ms"
                                + " | per-request difference p50 %.0f µs%n", n, inProcess[n / 2] / 1e6, inProcess[n * 99 / 100] / 1e6,
                        http[n / 2] / 1e6, http[n * 99 / 100] / 1e6, difference[n / 2] / 1e3);
            } finally {
                app.stop();
            }
        }
    }
}
