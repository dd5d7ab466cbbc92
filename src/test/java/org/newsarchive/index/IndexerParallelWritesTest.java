package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents are written on several threads; what ends up in the index is what one thread in order would write. */
class IndexerParallelWritesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void index_keepsOneArticlePerId_theLastVersion_whenABatchRepeatsIds() throws IOException {
        List<String> lines = new ArrayList<>();
        // Versions of one id follow each other, so that their writes would overlap if nothing kept them apart.
        for (int id = 0; id < 1_000; id++) {
            for (int version = 0; version < 3; version++) lines.add(article("a" + id, "version " + version + " de l'article " + id, body(id)));
        }
        Path jsonl = Files.write(dir.resolve("versions.jsonl"), lines);
        try (ArchiveIndex index = ArchiveIndex.open(dir.resolve("index"), new Analyzers())) {
            IndexReport report = new Indexer(index, "fr", null).index(List.of(jsonl), n -> {});
            assertEquals(1_000, report.addedCount());
            assertEquals(2_000, report.replacedCount());
            Map<String, String> titles = stored(index, Fields.TITLE);
            assertEquals(1_000, titles.size());
            titles.forEach((id, title) -> assertEquals("version 2 de l'article " + id.substring(1), title, id));
        }
    }

    @Test
    void index_givesTheSameClustersOnEveryRun_whenReprintsAreSpreadOverTheBatch() throws IOException {
        List<String> lines = new ArrayList<>();
        // Every tenth article is reprinted 500 articles later, with its last words changed.
        for (int i = 0; i < 1_000; i++) {
            int story = i >= 500 && (i - 500) % 10 == 0 ? i - 500 : i;
            String text = body(story) + (story == i ? "" : " Dépêche reprise par un autre journal.");
            lines.add(article("a" + i, "Article " + i, text));
        }
        Path jsonl = Files.write(dir.resolve("reprints.jsonl"), lines);
        Map<String, String> first = clustersAfterIndexing(jsonl, dir.resolve("first"));
        Map<String, String> second = clustersAfterIndexing(jsonl, dir.resolve("second"));
        assertEquals(first, second);
        for (int i = 500; i < 1_000; i += 10) assertEquals("a" + (i - 500), first.get("a" + i), "reprint a" + i);
        assertEquals("a501", first.get("a501"));
    }

    private Map<String, String> clustersAfterIndexing(Path jsonl, Path indexDir) throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(indexDir, new Analyzers())) {
            new Indexer(index, "fr", null).index(List.of(jsonl), n -> {});
            return stored(index, Fields.CLUSTER);
        }
    }

    /** Words that make each story its own: no two share a 3-word shingle by chance. */
    private static String body(int story) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 60; w++) b.append("mot").append(story).append('x').append(w).append(' ');
        return b.toString().trim() + ".";
    }

    private static String article(String id, String title, String body) throws IOException {
        return JSON.writeValueAsString(Map.of("id", id, "title", title, "body", body));
    }

    private static Map<String, String> stored(ArchiveIndex index, String field) throws IOException {
        Map<String, String> values = new TreeMap<>();
        IndexSearcher searcher = index.searchers().acquire();
        try {
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(new MatchAllDocsQuery(), Integer.MAX_VALUE).scoreDocs) {
                Document doc = fields.document(sd.doc);
                values.put(doc.get(Fields.ID), doc.get(field));
            }
        } finally {
            index.searchers().release(searcher);
        }
        return values;
    }
}
