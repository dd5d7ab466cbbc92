package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk import ends merged into one segment (searches look each term up once); a small addition to a larger
 * index leaves its segments to the merge policy instead of rewriting the whole index.
 */
class IndexerMergeTest {
    @TempDir
    Path tmp;

    @Test
    void aFirstImport_endsInOneSegment_andSaysHowLongTheMergeTook() throws IOException {
        Path index = tmp.resolve("index");
        IndexReport report = importArticles(index, jsonl("bulk", 0, 12), 3);
        assertEquals(12, report.indexedCount());
        assertEquals(1, segments(index));
        assertTrue(report.mergeSeconds() > 0, report.summary());
        assertTrue(report.summary().endsWith("s of it merging the index for search)"), report.summary());
    }

    @Test
    void aLargeMerge_isAnnounced_beforeItRuns() throws IOException {
        List<String> notices = new ArrayList<>();
        try (ArchiveIndex archive = ArchiveIndex.open(tmp.resolve("index"), new Analyzers())) {
            Indexer indexer = new Indexer(archive, "fr", null, 3).onNotice(notices::add);
            indexer.mergeNoticeBytes = 0; // every merge counts as large here
            indexer.index(List.of(jsonl("bulk", 0, 12)), n -> {});
        }
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("merging the index ("), notices.get(0));
    }

    @Test
    void aSmallAddition_toALargerIndex_keepsItsSegments() throws IOException {
        Path index = tmp.resolve("index");
        importArticles(index, jsonl("bulk", 0, 12), 3);
        // Two articles, one commit each: two new segments beside the merged one.
        IndexReport report = importArticles(index, jsonl("more", 100, 2), 1);
        assertEquals(2, report.indexedCount());
        assertEquals(3, segments(index));
        assertEquals(0.0, report.mergeSeconds());
        assertTrue(report.summary().endsWith(" s"), report.summary());
    }

    private IndexReport importArticles(Path index, Path file, int commitEvery) throws IOException {
        try (ArchiveIndex archive = ArchiveIndex.open(index, new Analyzers())) {
            return new Indexer(archive, "fr", null, commitEvery).index(List.of(file), n -> {});
        }
    }

    private Path jsonl(String name, int first, int count) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            lines.add("{\"id\": \"a" + i + "\", \"title\": \"Article numéro " + i + "\", \"body\": \"Le conseil municipal "
                    + "a voté la délibération " + i + " sur le budget des écoles et des routes " + (i * 7) + ".\"}");
        }
        Path file = tmp.resolve(name + ".jsonl");
        Files.write(file, lines);
        return file;
    }

    private static int segments(Path index) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return reader.leaves().size();
        }
    }
}
