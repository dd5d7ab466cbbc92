package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The allocation-free passage scorer gives Lucene's scores to the last bit, so snippets pick the same passages. */
class LeanPassageScorerTest {
    private static final String[] WORDS = {"armee", "mali", "cooper", "russ", "bamako", "helicopter"};

    @Test
    void scoresEqualLucenes_forPassagesWithRepeatedAndDistinctTerms() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new Snippets.LeanPassageScorer();
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            int matches = 1 + random.nextInt(round % 10 == 0 ? 100 : 8); // some past the linear-scan limit
            String[] words = new String[matches];
            int[] starts = new int[matches];
            int at = start;
            for (int i = 0; i < matches; i++) {
                words[i] = WORDS[random.nextInt(WORDS.length)];
                at += 1 + random.nextInt(20);
                starts[i] = at;
            }
            // Lucene's Passage wants its end before its matches.
            passage.setEndOffset(at + 10 + random.nextInt(200));
            for (int i = 0; i < matches; i++) {
                // A term's frequency in the document is a property of the term: the same for all its matches.
                passage.addMatch(starts[i], starts[i] + words[i].length(), new BytesRef(words[i]), 1 + Math.floorMod(words[i].hashCode(), 7));
            }
            int contentLength = passage.getEndOffset() + random.nextInt(10_000);
            assertEquals(lucene.score(passage, contentLength), lean.score(passage, contentLength), 0f, passage.toString());
        }
    }
}
