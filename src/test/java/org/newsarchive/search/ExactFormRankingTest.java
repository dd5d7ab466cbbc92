package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Indexer;

/** A plain query word found in its very form (not only its stem) ranks higher: the folded_<lang> clause. */
class ExactFormRankingTest {
    @TempDir
    Path dir;

    private static Article article(String id, String word) {
        return new Article(id, "Bilan du trimestre", List.of("Les chiffres " + word + " du trimestre sont publiés jeudi à Paris."),
                null, "fr", null, null, null, null, null);
    }

    private static List<SearchHit> hits(ArchiveIndex index, RankingConfig ranking, String query) {
        return new LuceneArchiveSearch(index, ranking).search(new SearchRequest(query, null, null, null, null, 10, 0, null, true)).hits();
    }

    @Test
    void theArticleWithTheQuerysOwnForm_outranksOneWithTheSameStemOnly() throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            Indexer indexer = new Indexer(index, "fr", null);
            indexer.write(article("singular", "économique"));
            indexer.write(article("plural", "économiques"));
            index.commit();

            List<SearchHit> ranked = hits(index, RankingConfig.DEFAULT, "économiques");
            assertEquals(List.of("plural", "singular"), ranked.stream().map(SearchHit::id).toList());
            assertTrue(ranked.get(0).score() > ranked.get(1).score(), ranked.toString());
            assertEquals("singular", hits(index, RankingConfig.DEFAULT, "économique").get(0).id());

            // Without the clause, the two articles are the same to BM25: one stem, same length.
            RankingConfig stemsOnly = new RankingConfig(0.5f, 1.2f, 0.75f, RankingConfig.DEFAULT_PAIR_WEIGHT, 0f, RankingConfig.DEFAULT_EVIDENCE_K1);
            List<SearchHit> tied = hits(index, stemsOnly, "économiques");
            assertEquals(tied.get(0).score(), tied.get(1).score(), 1e-6f);
        }
    }
}
