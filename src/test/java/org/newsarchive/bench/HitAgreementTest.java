package org.newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HitAgreementTest {

    @Test
    void of_equalCountsAndSameTop_agreesFully() {
        HitAgreement a = HitAgreement.of(12, 12, List.of("a", "b"), List.of("b", "a"));
        assertEquals(1.0, a.countRatio());
        assertEquals(1.0, a.topOverlap());
        assertTrue(a.sameCount());
    }

    @Test
    void of_countRatio_isSmallerOverLarger_whicheverEngineFoundMore() {
        assertEquals(0.25, HitAgreement.of(10, 40, List.of(), List.of()).countRatio());
        assertEquals(0.25, HitAgreement.of(40, 10, List.of(), List.of()).countRatio());
        assertFalse(HitAgreement.of(40, 10, List.of(), List.of()).sameCount());
    }

    @Test
    void of_bothFindingNothing_isAgreement() {
        HitAgreement a = HitAgreement.of(0, 0, List.of(), List.of());
        assertEquals(1.0, a.countRatio());
        assertEquals(1.0, a.topOverlap());
    }

    @Test
    void of_oneFindingNothing_isNoAgreement() {
        HitAgreement a = HitAgreement.of(0, 5, List.of(), List.of("x"));
        assertEquals(0.0, a.countRatio());
        assertEquals(0.0, a.topOverlap());
    }

    @Test
    void of_topOverlap_isSharedIdsOverTheLongerList() {
        HitAgreement a = HitAgreement.of(100, 100, List.of("a", "b", "c", "d"), List.of("c", "a", "x"));
        assertEquals(0.5, a.topOverlap());
    }

    @Test
    void summarize_givesMedianRatioSameCountsAndMeanOverlap() {
        var s = BenchReport.summarize(List.of(
                HitAgreement.of(10, 10, List.of("a"), List.of("a")),
                HitAgreement.of(10, 20, List.of("a"), List.of("b")),
                HitAgreement.of(30, 10, List.of("a", "b"), List.of("a"))));
        assertEquals(3, s.queries());
        assertEquals(1, s.sameCount());
        assertEquals(0.5, s.medianCountRatio(), 1e-9);
        assertEquals((1.0 + 0.0 + 0.5) / 3, s.meanTopOverlap(), 1e-9);
    }
}
