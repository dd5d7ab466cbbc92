package org.newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void percentile_isNearestRank_soItIsAValueThatHappened() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertEquals(50, LatencyStats.percentile(sorted, 50));
        assertEquals(100, LatencyStats.percentile(sorted, 99));
        assertEquals(10, LatencyStats.percentile(sorted, 0));
        assertEquals(10, LatencyStats.percentile(sorted, 1));
        assertEquals(100, LatencyStats.percentile(sorted, 100));
    }

    @Test
    void percentile_ofOneHundredValues_p99IsTheNinetyNinth() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) sorted[i] = i + 1;
        assertEquals(99, LatencyStats.percentile(sorted, 99));
        assertEquals(50, LatencyStats.percentile(sorted, 50));
    }

    @Test
    void ofNanos_sortsACopy_andReportsMilliseconds() {
        long[] nanos = {3_000_000, 1_000_000, 2_000_000};
        LatencyStats s = LatencyStats.ofNanos(nanos);
        assertEquals(3, s.count());
        assertEquals(2.0, s.p50Ms(), 1e-9);
        assertEquals(3.0, s.p99Ms(), 1e-9);
        assertEquals(2.0, s.meanMs(), 1e-9);
        assertEquals(3_000_000, nanos[0], "the caller's array is left as it was");
    }

    @Test
    void ofNanos_withNothingTimed_isNaN_andPercentileRefuses() {
        assertTrue(Double.isNaN(LatencyStats.ofNanos(new long[0]).p50Ms()));
        assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(new long[0], 50));
    }
}
