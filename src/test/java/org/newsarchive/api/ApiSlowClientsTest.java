package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send a request body slowly or never finish it (slowloris): they must not hold the threads that
 * searches and health checks need, and a body trickling in slower than {@link ApiApp#MIN_BODY_BYTES_PER_SECOND}
 * is dropped with a 408.
 */
class ApiSlowClientsTest {
    private static final String UNFINISHED_POST = "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{";

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void threeHundredUnfinishedUploads_leaveSearchesAndHealthAnswering() throws Exception {
        // More than Jetty's default pool of 200 threads: each of them would wait on its body until the idle timeout.
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket s = new Socket("127.0.0.1", server.app.port());
                s.getOutputStream().write(UNFINISHED_POST.getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                slow.add(s);
            }
            Thread.sleep(500);
            assertEquals(200, server.get("/api/health").statusCode());
            assertEquals(200, server.get("/api/search?q=mali").statusCode());
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    @Test
    void aBodyTricklingInByteByByte_isDroppedWithA408() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.app.port())) {
            // Without the data-rate limit the server waits for the rest of the body far longer than this.
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(UNFINISHED_POST.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            boolean closedWhileSending = false;
            for (int i = 0; i < 5 && !closedWhileSending; i++) {
                Thread.sleep(1_000);
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException e) {
                    closedWhileSending = true; // the server answered and closed while we were still trickling
                }
            }
            String status;
            try {
                status = new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            } catch (java.net.SocketException reset) {
                status = "reset";
            }
            assertTrue(status.startsWith("HTTP/1.1 408") || (closedWhileSending && (status.isEmpty() || status.equals("reset"))),
                    "status '" + status + "', closed while sending: " + closedWhileSending);
        }
    }
}
