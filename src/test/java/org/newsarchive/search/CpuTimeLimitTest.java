package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The search time limit counts the searching thread's CPU, not the time it spends waiting. */
class CpuTimeLimitTest {

    @Test
    void waitingWithoutWorkingDoesNotUseUpTheLimit() throws InterruptedException {
        CpuTimeLimit limit = new CpuTimeLimit(Duration.ofMillis(50));
        Thread.sleep(300);
        assertFalse(limit.shouldExit());
    }

    @Test
    void workingPastTheLimitStopsTheSearch() {
        CpuTimeLimit limit = new CpuTimeLimit(Duration.ofMillis(20));
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long sink = 0;
        while (!limit.shouldExit() && System.nanoTime() < giveUp) sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
        assertTrue(limit.shouldExit(), "still running after 30 s of busy work (" + sink + ")");
    }
}
