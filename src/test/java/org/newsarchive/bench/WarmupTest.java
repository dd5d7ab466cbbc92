package org.newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupTest {
    private static Warmup.Pass<RuntimeException> passes(Double... p50s) {
        Iterator<Double> it = List.of(p50s).iterator();
        return it::next;
    }

    @Test
    void warmUpGoesOn_whileLatencyKeepsFalling_andStopsWhenTwoPassesAgree() {
        // A JIT still compiling: 5.4, 2.5, 1.9, 1.5, then 1.45 agrees with 1.5 within 5 %.
        Warmup.Outcome o = Warmup.untilSettled(passes(5.4, 2.5, 1.9, 1.5, 1.45, 1.0), 2, 20);
        assertEquals(5, o.passes());
        assertTrue(o.settled());
        assertEquals(List.of(5.4, 2.5, 1.9, 1.5, 1.45), o.p50Ms());
    }

    @Test
    void theMinimumIsRun_evenWhenTheFirstPassesAgree() {
        Warmup.Outcome o = Warmup.untilSettled(passes(1.0, 1.0, 1.0, 1.0, 1.0), 4, 20);
        assertEquals(4, o.passes());
        assertTrue(o.settled());
    }

    @Test
    void aLatencyThatNeverSettles_stopsAtTheCap_andSaysSo() {
        Warmup.Outcome o = Warmup.untilSettled(passes(8.0, 4.0, 2.0, 1.0, 0.5), 1, 3);
        assertEquals(3, o.passes());
        assertFalse(o.settled());
        assertTrue(o.describe().contains("stopped at the cap, not settled"), o.describe());
    }

    @Test
    void aRiseBeyondTheToleranceIsNotSettled_aSmallOneIs() {
        assertFalse(Warmup.agree(1.0, 1.2));
        assertTrue(Warmup.agree(1.0, 1.04));
        assertTrue(Warmup.agree(1.04, 1.0));
    }
}
