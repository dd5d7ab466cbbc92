package org.newsarchive.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsarchive.PartialDate;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchJson;
import org.newsarchive.search.SearchPage;
import org.newsarchive.search.SearchRequest;

/**
 * Not a test: what HTTP adds to a search. In one JVM, each query of the bench set runs in process (search, then the
 * page's JSON bytes) and then as {@code GET /api/search} over one keep-alive connection, interleaved, so both see the
 * same machine load and the same JIT state. The client is a bare HTTP/1.1 exchange on a socket (as wrk does), so the
 * figure is the server's work plus the loopback round trip, not a heavy client's. Run after {@code mvn test-compile}:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" org.newsarchive.api.ApiOverheadBench INDEX
 * docs/bench-queries.jsonl ROUNDS}
 */
public final class ApiOverheadBench {
    private ApiOverheadBench() {}

    record Q(SearchRequest request, String path) {}

    public static void main(String[] args) throws Exception {
        List<Q> queries = queries(Path.of(args[1]));
        int rounds = Integer.parseInt(args[2]);
        ObjectMapper json = new ObjectMapper();
        try (ArchiveIndex index = ArchiveIndex.open(Path.of(args[0]), new Analyzers())) {
            var app = ApiApp.create(index, ApiConfig.local(0, null)).start();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.port())) {
                socket.setTcpNoDelay(true);
                var connection = new Connection(socket.getOutputStream(), new BufferedInputStream(socket.getInputStream(), 1 << 16));
                var search = new LuceneArchiveSearch(index);
                // The completion lookups are built in the background when the server starts; wait for them.
                get(connection, "/api/suggest?prefix=a");
                int n = queries.size() * rounds;
                long[] searchOnly = new long[n];
                long[] inProcess = new long[n];
                long[] http = new long[n];
                long[] serverSearch = new long[n]; // took_ms of the HTTP answers: the search inside the server
                int[] answerBytes = new int[n];
                int warmup = Math.max(10, rounds / 2);
                for (int pass = 0; pass < 2; pass++) { // the first pass warms up
                    int k = 0;
                    for (int r = 0; r < (pass == 0 ? warmup : rounds); r++) {
                        for (Q q : queries) {
                            long t0 = System.nanoTime();
                            SearchPage page = search.search(q.request());
                            long t1 = System.nanoTime();
                            json.writeValueAsBytes(SearchJson.page(page, true));
                            long t2 = System.nanoTime();
                            byte[] body = get(connection, q.path());
                            long t3 = System.nanoTime();
                            if (pass == 1) {
                                answerBytes[k] = body.length;
                                serverSearch[k] = (long) (json.readTree(body).get("took_ms").asDouble() * 1e6);
                                searchOnly[k] = t1 - t0;
                                inProcess[k] = t2 - t0;
                                http[k] = t3 - t2;
                                k++;
                            }
                        }
                    }
                }
                long[] difference = new long[n];
                for (int i = 0; i < n; i++) difference[i] = http[i] - inProcess[i];
                Arrays.sort(searchOnly);
                Arrays.sort(inProcess);
                Arrays.sort(http);
                Arrays.sort(serverSearch);
                Arrays.sort(difference);
                System.out.printf(Locale.ROOT, "search inside the server (took_ms) p50 %.3f ms%n", serverSearch[n / 2] / 1e6);
                System.out.printf(Locale.ROOT, "n=%d search p50 %.3f ms | search+JSON p50 %.3f ms p99 %.3f ms | HTTP p50 %.3f ms"
                                + " p99 %.3f ms | p50 difference %.0f µs, per-request difference p50 %.0f µs%n", n,
                        searchOnly[n / 2] / 1e6, inProcess[n / 2] / 1e6, inProcess[n * 99 / 100] / 1e6, http[n / 2] / 1e6,
                        http[n * 99 / 100] / 1e6, (http[n / 2] - inProcess[n / 2]) / 1e3, difference[n / 2] / 1e3);
                // The floor under any HTTP server here: the same client and exchange against a bare blocking socket
                // server on one thread that answers at once with a body of the median answer's size. What is left
                // between it and in process is two thread wake-ups and the loopback copies.
                Arrays.sort(answerBytes);
                long floor = loopbackFloor(answerBytes[n / 2], n);
                System.out.printf(Locale.ROOT, "loopback floor (blocking one-thread socket server, %d-byte answers) p50 %.0f µs;"
                        + " HTTP p50 above in process and floor %.0f µs%n", answerBytes[n / 2], floor / 1e3,
                        (http[n / 2] - inProcess[n / 2] - floor) / 1e3);
                // A peer server: the JDK's own HTTP server handing each exchange to a worker thread, as Jetty does, and
                // answering the same bytes at once. What Jetty and Javalin add over it is their own dispatch path.
                System.out.printf(Locale.ROOT, "JDK HttpServer with a 2-thread worker pool, same answers: p50 %.0f µs%n",
                        atOnce(jdkPeer(fixed(answerBytes[n / 2])), n) / 1e3);
                // The layers under the app, each answering the same bytes at once: Jetty alone (a core handler, its
                // default thread pool), then Javalin on Jetty with one route. The app's own share is what is left.
                System.out.printf(Locale.ROOT, "JDK HttpServer running the same searches and JSON, interleaved as above:"
                        + " per-request difference p50 %.0f µs%n", sameWork(jdkPeer(searching(queries, search, json)), queries, rounds, search, json) / 1e3);
                System.out.printf(Locale.ROOT, "bare Jetty core handler running the same searches, interleaved: default pool %.0f µs,"
                        + " no reserved threads %.0f µs; bare Javalin running them: %.0f µs%n",
                        sameWork(jettyPeer(searching(queries, search, json), true), queries, rounds, search, json) / 1e3,
                        sameWork(jettyPeer(searching(queries, search, json), false), queries, rounds, search, json) / 1e3,
                        sameWork(javalinPeer(searching(queries, search, json)), queries, rounds, search, json) / 1e3);
                // The first loop above ran while the JIT was still compiling the server's path: measured again now that
                // the JVM has run everything above, it is the steady state to compare with the peers.
                for (int i = 1; i <= 3; i++) {
                    System.out.printf(Locale.ROOT, "newsarchive again, JVM warmed by the runs above (%d of 3): per-request difference p50 %.0f µs%n",
                            i, interleaved(app.port(), queries, rounds, search, json) / 1e3);
                }
                System.out.printf(Locale.ROOT, "bare Jetty (core handler, default pool), same answers: p50 %.0f µs%n",
                        atOnce(jettyPeer(fixed(answerBytes[n / 2]), true), n) / 1e3);
                System.out.printf(Locale.ROOT, "bare Javalin (one route, default config), same answers: p50 %.0f µs%n",
                        atOnce(javalinPeer(fixed(answerBytes[n / 2])), n) / 1e3);
                // CPU per request of the whole process (server threads, client, JIT and GC alike), in alternating
                // batches: unlike wall time, it does not grow with the waits for a core on a busy machine.
                var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                // The same split for the threads that do the work alone: this thread in process, Jetty's pool over HTTP
                // (the client's, the JIT's and the GC's CPU left out).
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                // A new connection: the first one sat idle through the peers above, past the server's idle timeout.
                Socket cpuSocket = new Socket(InetAddress.getLoopbackAddress(), app.port());
                cpuSocket.setTcpNoDelay(true);
                var cpuConnection = new Connection(cpuSocket.getOutputStream(), new BufferedInputStream(cpuSocket.getInputStream(), 1 << 16));
                long[] cpuIn = new long[5];
                long[] cpuHttp = new long[5];
                long[] workIn = new long[5];
                long[] workHttp = new long[5];
                for (int b = 0; b < cpuIn.length; b++) {
                    long c0 = os.getProcessCpuTime();
                    long w0 = threads.getCurrentThreadCpuTime();
                    for (int r = 0; r < rounds; r++) for (Q q : queries) json.writeValueAsBytes(SearchJson.page(search.search(q.request()), true));
                    long c1 = os.getProcessCpuTime();
                    long w1 = threads.getCurrentThreadCpuTime();
                    long j0 = jettyCpu(threads);
                    for (int r = 0; r < rounds; r++) for (Q q : queries) get(cpuConnection, q.path());
                    long c2 = os.getProcessCpuTime();
                    long j1 = jettyCpu(threads);
                    cpuIn[b] = (c1 - c0) / n;
                    cpuHttp[b] = (c2 - c1) / n;
                    workIn[b] = (w1 - w0) / n;
                    workHttp[b] = (j1 - j0) / n;
                }
                Arrays.sort(cpuIn);
                Arrays.sort(cpuHttp);
                Arrays.sort(workIn);
                Arrays.sort(workHttp);
                System.out.printf(Locale.ROOT, "process CPU per request (median of %d batches of %d): in process %.0f µs, HTTP %.0f µs,"
                        + " difference %.0f µs%n", cpuIn.length, n, cpuIn[2] / 1e3, cpuHttp[2] / 1e3, (cpuHttp[2] - cpuIn[2]) / 1e3);
                System.out.printf(Locale.ROOT, "working threads' CPU per request: in process (this thread) %.0f µs, HTTP (Jetty's pool)"
                        + " %.0f µs, difference %.0f µs%n", workIn[2] / 1e3, workHttp[2] / 1e3, (workHttp[2] - workIn[2]) / 1e3);
                cpuSocket.close();
            } finally {
                app.stop();
            }
        }
    }

    /** Median time of {@code n} exchanges of {@link #get} against a server that does nothing but answer. */
    private static long loopbackFloor(int bodyBytes, int n) throws IOException {
        byte[] answer = new byte[bodyBytes];
        Arrays.fill(answer, (byte) 'x');
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bodyBytes + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (var server = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread echo = Thread.ofPlatform().daemon().start(() -> {
                try (Socket s = server.accept()) {
                    s.setTcpNoDelay(true);
                    InputStream in = new BufferedInputStream(s.getInputStream(), 1 << 16);
                    OutputStream out = s.getOutputStream();
                    while (true) {
                        int lineEnds = 0;
                        for (int prev = -1, b = in.read(); ; prev = b, b = in.read()) {
                            if (b < 0) return;
                            if (b == '\n') { if (prev == '\r' && ++lineEnds == 2) break; } else if (b != '\r') lineEnds = 0;
                        }
                        out.write(head);
                        out.write(answer);
                        out.flush();
                    }
                } catch (IOException e) {
                    // the client closed the connection: done
                }
            });
            long median = medianExchange(server.getLocalPort(), n);
            echo.interrupt();
            return median;
        }
    }

    /** What a peer server answers to a request for a path and query. */
    @FunctionalInterface
    interface Answer {
        byte[] to(String pathAndQuery) throws IOException;
    }

    /** The same bytes to every request, at once: a server's own cost, with no work in the handler. */
    private static Answer fixed(int bodyBytes) {
        byte[] answer = new byte[bodyBytes];
        Arrays.fill(answer, (byte) 'x');
        return path -> answer;
    }

    /** The search and JSON of the bench query with that path: the same work as newsarchive's handler. */
    private static Answer searching(List<Q> queries, LuceneArchiveSearch search, ObjectMapper json) {
        java.util.Map<String, SearchRequest> byPath = new java.util.HashMap<>();
        for (Q q : queries) byPath.put(q.path(), q.request());
        return path -> json.writeValueAsBytes(SearchJson.page(search.search(byPath.get(path)), true));
    }

    /** A started peer server on a loopback port. */
    interface Peer extends AutoCloseable {
        int port();

        @Override
        void close() throws Exception;
    }

    /** The JDK's {@code com.sun.net.httpserver} with two worker threads (one hand-off per exchange, as in Jetty). */
    private static Peer jdkPeer(Answer answer) throws IOException {
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = answer.to(exchange.getRequestURI().toString());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        var workers = java.util.concurrent.Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().factory());
        server.setExecutor(workers);
        server.start();
        return new Peer() {
            public int port() { return server.getAddress().getPort(); }
            public void close() { server.stop(0); workers.shutdownNow(); }
        };
    }

    /** Jetty alone, one core handler, its default pool or one without reserved threads (as newsarchive runs it). */
    private static Peer jettyPeer(Answer answer, boolean reservedThreads) throws Exception {
        var pool = new org.eclipse.jetty.util.thread.QueuedThreadPool();
        if (!reservedThreads) pool.setReservedThreads(0);
        var server = new org.eclipse.jetty.server.Server(pool);
        var connector = new org.eclipse.jetty.server.ServerConnector(server);
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new org.eclipse.jetty.server.Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                  org.eclipse.jetty.util.Callback callback) throws Exception {
                byte[] body = answer.to(request.getHttpURI().getPathQuery());
                response.getHeaders().put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/json");
                response.getHeaders().put(org.eclipse.jetty.http.HttpHeader.CONTENT_LENGTH, body.length);
                response.write(true, java.nio.ByteBuffer.wrap(body), callback);
                return true;
            }
        });
        server.start();
        return new Peer() {
            public int port() { return connector.getLocalPort(); }
            public void close() throws Exception { server.stop(); }
        };
    }

    /** Javalin with one route and its default configuration. */
    private static Peer javalinPeer(Answer answer) {
        var app = io.javalin.Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = InetAddress.getLoopbackAddress().getHostAddress();
            cfg.jetty.port = 0;
            cfg.routes.get("/*", ctx -> ctx.contentType("application/json")
                    .result(answer.to(ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()))));
        }).start();
        return new Peer() {
            public int port() { return app.port(); }
            public void close() { app.stop(); }
        };
    }

    /** {@link #medianExchange} against a peer answering at once. */
    private static long atOnce(Peer peer, int n) throws Exception {
        try (peer) {
            return medianExchange(peer.port(), n);
        }
    }

    /** {@link #interleaved} against a peer doing the same searches. */
    private static long sameWork(Peer peer, List<Q> queries, int rounds, LuceneArchiveSearch search, ObjectMapper json) throws Exception {
        try (peer) {
            return interleaved(peer.port(), queries, rounds, search, json);
        }
    }

    /**
     * Per-request p50 of (HTTP exchange − the same search and JSON in process), the two run one after the other for
     * every query over one keep-alive connection to {@code port}, whose server must answer each bench path.
     */
    private static long interleaved(int port, List<Q> queries, int rounds, LuceneArchiveSearch search, ObjectMapper json) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            var c = new Connection(socket.getOutputStream(), new BufferedInputStream(socket.getInputStream(), 1 << 16));
            int n = queries.size() * rounds;
            long[] diff = new long[n];
            for (int pass = 0; pass < 2; pass++) {
                int k = 0;
                for (int r = 0; r < rounds; r++) for (Q q : queries) {
                    long t0 = System.nanoTime();
                    json.writeValueAsBytes(SearchJson.page(search.search(q.request()), true));
                    long t1 = System.nanoTime();
                    get(c, q.path());
                    long t2 = System.nanoTime();
                    if (pass == 1) diff[k++] = (t2 - t1) - (t1 - t0);
                }
            }
            Arrays.sort(diff);
            return diff[n / 2];
        }
    }

    /** Median time of {@code n} exchanges of {@link #get} over one new keep-alive connection to a loopback port, after n/2 unmeasured. */
    private static long medianExchange(int port, int n) throws IOException {
        long[] times = new long[n];
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            var c = new Connection(socket.getOutputStream(), new BufferedInputStream(socket.getInputStream(), 1 << 16));
            for (int i = 0; i < n / 2; i++) get(c, "/warm-up");
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                get(c, "/api/search?q=x");
                times[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(times);
        return times[n / 2];
    }

    /** CPU time used so far by the threads of Jetty's pool (selectors, acceptors and request handlers). */
    private static long jettyCpu(java.lang.management.ThreadMXBean threads) {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("JettyServerThreadPool")) sum += Math.max(0, threads.getThreadCpuTime(t.threadId()));
        }
        return sum;
    }

    private static List<Q> queries(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Q> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            String text = n.get("query").asText();
            String from = n.hasNonNull("from") ? n.get("from").asText() : null;
            String to = n.hasNonNull("to") ? n.get("to").asText() : null;
            boolean byDate = "date".equals(n.path("sort").asText());
            StringBuilder path = new StringBuilder("/api/search?q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
            if (from != null) path.append("&from=").append(from);
            if (to != null) path.append("&to=").append(to);
            if (byDate) path.append("&sort=date");
            out.add(new Q(new SearchRequest(text, from == null ? null : PartialDate.parse(from), to == null ? null : PartialDate.parse(to),
                    null, byDate ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE, SearchRequest.DEFAULT_SIZE, 0, null, false),
                    path.toString()));
        }
        return out;
    }

    /** The two ends of the kept-alive connection; the input buffered, or reading the head byte by byte costs a system call each. */
    record Connection(OutputStream out, InputStream in) {}

    /** One GET on the kept-alive connection; reads the whole answer (Content-Length) and checks the status. */
    private static byte[] get(Connection c, String path) throws IOException {
        c.out().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        c.out().flush();
        InputStream in = c.in();
        StringBuilder head = new StringBuilder();
        int n = 0;
        while (n < 4 || head.charAt(n - 1) != '\n' || head.charAt(n - 3) != '\n') {
            int b = in.read();
            if (b < 0) throw new IOException("connection closed");
            head.append((char) b);
            n++;
        }
        if (!head.toString().startsWith("HTTP/1.1 200")) throw new IllegalStateException(path + ": " + head);
        int length = -1;
        boolean chunked = false;
        for (String h : head.toString().split("\r\n")) {
            if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) length = Integer.parseInt(h.substring(15).strip());
            if (h.regionMatches(true, 0, "Transfer-Encoding: chunked", 0, 26)) chunked = true;
        }
        if (!chunked) return in.readNBytes(length);
        // Jetty sends an answer as chunks when it starts sending before the whole body is written.
        var body = new java.io.ByteArrayOutputStream();
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            body.write(in.readNBytes(size));
            in.readNBytes(2);
        }
        in.readNBytes(2);
        return body.toByteArray();
    }

    private static int chunkSize(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) throw new IOException("connection closed");
            if (b != '\r') line.append((char) b);
        }
        return Integer.parseInt(line.toString().strip(), 16);
    }
}
