package org.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PeriodicProgressTest {
    @Test
    void printsOneLineEveryTenSecondsAtMost_withTheCountAndTheRate() {
        StringWriter out = new StringWriter();
        AtomicLong clock = new AtomicLong(1_000_000_000L);
        PeriodicProgress progress = new PeriodicProgress(new PrintWriter(out), clock::get);
        long[][] callsAtSecondsWithCounts = {{1, 500}, {9, 4_000}, {10, 5_000}, {15, 7_000}, {19, 9_000}, {20, 10_000}, {45, 20_000}};
        for (long[] call : callsAtSecondsWithCounts) {
            clock.set(1_000_000_000L + call[0] * 1_000_000_000L);
            progress.accept(call[1]);
        }
        assertEquals(List.of(
                "indexing: 5,000 articles so far (500/s, 10 s)",
                "indexing: 10,000 articles so far (500/s, 20 s)",
                "indexing: 20,000 articles so far (444/s, 45 s)"), out.toString().lines().toList());
    }
}
