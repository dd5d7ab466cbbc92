package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchRequest;

/** New segments are written with the archive's codec; an index written with Lucene's stock codec still works. */
class ArchiveCodecTest {
    @TempDir
    Path dir;

    private static Article article(String id, String body) {
        return new Article(id, "Titre " + id, List.of(body), null, "fr", null, null, null, List.of(), null);
    }

    private Set<String> segmentCodecs() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir)) {
            return SegmentInfos.readLatestCommit(d).asList().stream()
                    .map(segment -> segment.info.getCodec().getName()).collect(Collectors.toSet());
        }
    }

    @Test
    void newSegments_useTheArchiveCodec_andReadBack() throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            for (int i = 0; i < 50; i++) index.upsert(article("a" + i, "Le port numéro " + i + " rouvre ses quais au public."));
            index.commit();
            LuceneArchiveSearch search = new LuceneArchiveSearch(index);
            assertEquals("Le port numéro 17 rouvre ses quais au public.", search.article("a17").orElseThrow().article().bodyText());
            assertEquals(50, search.search(SearchRequest.of("quais")).total());
        }
        assertEquals(Set.of(ArchiveCodec.NAME), segmentCodecs());
    }

    @Test
    void anIndexOfLucenesStockCodec_opens_takesNewArticles_andMergesIntoTheArchiveCodec() throws IOException {
        Analyzers analyzers = new Analyzers();
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzers.perField()))) {
            w.addDocument(ArticleDocuments.toDocument(article("old", "Un ancien article sur le port."), Instant.EPOCH, analyzers));
        }
        assertEquals(Set.of("Lucene104"), segmentCodecs());
        try (ArchiveIndex index = ArchiveIndex.open(dir, analyzers)) {
            index.upsert(article("new", "Un nouvel article sur le port."));
            index.commit();
            assertEquals(Set.of("Lucene104", ArchiveCodec.NAME), segmentCodecs(), "each segment keeps the codec it was written with");
            assertTrue(index.mergeIntoOneSegment(bytes -> {}));
            LuceneArchiveSearch search = new LuceneArchiveSearch(index);
            assertEquals(2, search.search(SearchRequest.of("port")).total());
            assertEquals("Un ancien article sur le port.", search.article("old").orElseThrow().article().bodyText());
        }
        assertEquals(Set.of(ArchiveCodec.NAME), segmentCodecs());
    }
}
