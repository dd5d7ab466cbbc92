package org.newsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking measures on rankings worked out by hand, and the reading of queries and TREC qrels. */
class MetricsTest {
    static final List<String> RANKED = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");

    @Test
    void reciprocalRank_isOneOverTheFirstRelevantRank_withinTheCutOnly() {
        assertEquals(1.0 / 3, Metrics.reciprocalRank(RANKED, Map.of("c", 1, "e", 1), 10), 1e-12);
        assertEquals(1.0, Metrics.reciprocalRank(RANKED, Map.of("a", 1), 10), 1e-12);
        assertEquals(0.0, Metrics.reciprocalRank(RANKED, Map.of("k", 1), 10), "rank 11 is past MRR@10");
        assertEquals(0.0, Metrics.reciprocalRank(RANKED, Map.of("zz", 1), 10));
    }

    @Test
    void ndcg_usesExponentialGainsAndLog2Discounts_againstTheIdealOrder() {
        // One relevant document at rank 2: (2^1 - 1) / log2(3) over the ideal 1 / log2(2).
        assertEquals(1 / (Math.log(3) / Math.log(2)), Metrics.ndcg(RANKED, Map.of("b", 1), 10), 1e-12);
        // Grades 2 at rank 3 and 1 at rank 1: DCG 1 + 3 / log2(4) = 2.5; ideal 3 + 1 / log2(3).
        double ideal = 3 + 1 / (Math.log(3) / Math.log(2));
        assertEquals(2.5 / ideal, Metrics.ndcg(RANKED, Map.of("a", 1, "c", 2), 10), 1e-12);
        assertEquals(1.0, Metrics.ndcg(RANKED, Map.of("a", 2, "b", 1), 10), 1e-12);
        assertEquals(0.0, Metrics.ndcg(RANKED, Map.of("l", 1), 10));
    }

    @Test
    void recall_isTheShareOfRelevantDocumentsFound_withinTheCut() {
        assertEquals(0.5, Metrics.recall(RANKED, Map.of("b", 1, "zz", 1), 100), 1e-12);
        assertEquals(1.0, Metrics.recall(RANKED, Map.of("l", 1), 100), 1e-12);
        assertEquals(0.0, Metrics.recall(RANKED, Map.of("l", 1), 5));
    }

    @Test
    void relevanceSet_keepsJudgedTopicsWithText_andNamesTheBadLine(@TempDir Path dir) throws IOException {
        Path queries = Files.writeString(dir.resolve("q.jsonl"), """
                {"qid": "q1", "query": "coopération militaire"}
                {"qid": "q2", "query": "jamais jugée"}
                {"qid": "q3", "query": "  "}
                {"qid": "q4", "query": "seulement non pertinent"}
                """);
        Path qrels = Files.writeString(dir.resolve("qrels.txt"), "q1 0 doc-a 1\nq1 0 doc-b 2\nq3 0 doc-c 1\nq4 0 doc-d 0\n");
        RelevanceSet set = RelevanceSet.load(queries, qrels);
        // q2 has no judgment, q3 no text, q4 only a grade 0 (judged not relevant): none can be scored.
        assertEquals(Map.of("q1", "coopération militaire"), set.queries());
        assertEquals(Map.of("doc-a", 1, "doc-b", 2), set.qrels().get("q1"));

        Path bad = Files.writeString(dir.resolve("bad.txt"), "q1 0 doc-a 1\nq1 doc-b 1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelevanceSet.load(queries, bad));
        assertTrue(e.getMessage().endsWith("bad.txt:2: want 'qid 0 docid grade'"), e.getMessage());
    }
}
