package org.newsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsarchive.PartialDate;

class ClusterEvaluationTest {

    @Test
    void linksAndPairs_countAgreementWithTheDuplicateGroups() {
        // Truth: {a, b, c} and {d}. Clusters: {a, b} and {c, d}.
        var clusters = ClusterEvaluation.ordered(List.of("a", "b", "c", "d"), List.of("a", "a", "c", "c"));
        var r = ClusterEvaluation.evaluate(clusters, Map.of("b", "a", "c", "a"));
        assertEquals(0.5, r.linkRecall());        // b found with a, c not
        assertEquals(0.5, r.linkPrecision());     // b right, d wrong
        assertEquals(2, r.predictedPairs());
        assertEquals(3, r.truePairs());
        assertEquals(0.5, r.pairPrecision());
        assertEquals(1 / 3.0, r.pairRecall(), 1e-9);
    }

    @Test
    void dates_areRightAtTheirPrecision_andWrongWhenTheyMissTheTrueDay() {
        DateEvaluation e = new DateEvaluation();
        PartialDate truth = PartialDate.ofDay(2020, 3, 30);
        e.add(truth, PartialDate.ofYear(2020));
        e.add(truth, PartialDate.ofMonth(2020, 3));
        e.add(truth, PartialDate.ofMonth(2020, 4));
        e.add(truth, null);
        assertEquals(0.75, e.rightYear());
        assertEquals(0.25, e.rightMonth());
        assertEquals(0.25, e.wrong());
        assertEquals(3, e.dated());
    }
}
