package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;

/** Upserts add new ids without a delete and replace known ones: never two documents for one id. */
class ArchiveIndexUpsertTest {

    private static Article article(String id, String title) {
        return new Article(id, title, List.of("Texte de l'article."), null, "fr", null, null, null, List.of(), null);
    }

    private static int copies(ArchiveIndex index, String id) throws IOException {
        index.refresh();
        IndexSearcher s = index.searchers().acquire();
        try {
            return s.count(new TermQuery(new Term(Fields.ID, id)));
        } finally {
            index.searchers().release(s);
        }
    }

    @Test
    void upsert_sameIdTwiceBeforeARefresh_keepsOneDocument(@TempDir Path dir) throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            assertEquals(ArchiveIndex.Outcome.ADDED, index.upsert(article("a", "un")));
            assertEquals(ArchiveIndex.Outcome.REPLACED, index.upsert(article("a", "deux")));
            assertEquals(1, copies(index, "a"));
        }
    }

    @Test
    void upsert_knownIdAfterACommitAndReopen_replacesIt(@TempDir Path dir) throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            index.upsert(article("a", "un"));
            index.upsert(article("b", "un"));
        }
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            assertEquals(ArchiveIndex.Outcome.REPLACED, index.upsert(article("a", "deux")));
            assertEquals(ArchiveIndex.Outcome.ADDED, index.upsert(article("c", "trois")));
            assertEquals(1, copies(index, "a"));
            assertEquals(1, copies(index, "c"));
        }
    }

    @Test
    void upsert_afterDelete_addsItBackOnce(@TempDir Path dir) throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            index.upsert(article("a", "un"));
            assertTrue(index.delete("a"));
            index.upsert(article("a", "deux"));
            assertEquals(1, copies(index, "a"));
            index.commit();
            index.upsert(article("a", "trois"));
            assertEquals(1, copies(index, "a"));
        }
    }
}
