package org.newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WrkOutputTest {
    private static final String REPORT = """
            Running 10s test @ http://127.0.0.1:8080
              1 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency   812.34us  300.12us   9.80ms   90.12%
                Req/Sec     1.23k   100.00     1.50k    70.00%
              Latency Distribution
                 50%  756.00us
                 75%    0.90ms
                 90%    1.10ms
                 99%    2.50ms
              12345 requests in 10.00s, 50.00MB read
              Socket errors: connect 0, read 2, write 0, timeout 1
              Non-2xx or 3xx responses: 7
            Requests/sec:   1234.50
            Transfer/sec:      5.00MB
            """;

    @Test
    void parse_readsPercentilesInMilliseconds_whateverTheUnit() {
        WrkOutput w = WrkOutput.parse(REPORT);
        assertEquals(0.756, w.p50Ms(), 1e-9);
        assertEquals(2.5, w.p99Ms(), 1e-9);
    }

    @Test
    void parse_readsThroughputAndErrors() {
        WrkOutput w = WrkOutput.parse(REPORT);
        assertEquals(1234.5, w.requestsPerSecond(), 1e-9);
        assertEquals(12345, w.requests());
        assertEquals(7, w.non2xx());
        assertEquals(3, w.socketErrors());
    }

    @Test
    void parse_secondsAreConverted() {
        WrkOutput w = WrkOutput.parse("    50%    1.20s\n    99%    2.00s\nRequests/sec: 1.00\n");
        assertEquals(1200, w.p50Ms(), 1e-9);
        assertEquals(2000, w.p99Ms(), 1e-9);
        assertEquals(0, w.non2xx());
    }

    @Test
    void parse_withoutLatencyDistribution_refuses() {
        assertThrows(IllegalArgumentException.class, () -> WrkOutput.parse("Requests/sec: 10.0\n"));
    }
}
