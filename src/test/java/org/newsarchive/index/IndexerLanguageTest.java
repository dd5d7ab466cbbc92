package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.ingest.LanguageDetector;

/** Forced, else stated, else detected: and the confidence of a detected language is stored. */
class IndexerLanguageTest {
    private static final LanguageDetector DETECTOR = new LanguageDetector();
    private static final String GERMAN = "Die Abgeordneten stimmten am Donnerstag mit großer Mehrheit für die Reform der Rente.";

    @TempDir
    Path dir;

    private Document indexOne(String jsonLine, String forcedLang) throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, jsonLine + "\n");
        try (ArchiveIndex index = ArchiveIndex.open(dir.resolve("index"), new Analyzers())) {
            IndexReport report = new Indexer(index, DETECTOR, forcedLang).index(List.of(file), n -> {});
            assertEquals(1, report.indexedCount(), report.summary());
            IndexSearcher searcher = index.searchers().acquire();
            try {
                TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, "a1")), 1);
                return searcher.storedFields().document(top.scoreDocs[0].doc);
            } finally {
                index.searchers().release(searcher);
            }
        }
    }

    @Test
    void statedLanguage_winsOverDetection_andStoresNoConfidence() throws IOException {
        Document doc = indexOne("{\"id\":\"a1\",\"lang\":\"fr\",\"title\":\"Rente\",\"body\":\"" + GERMAN + "\"}", null);
        assertEquals("fr", doc.get(Fields.LANG));
        assertNull(ArticleDocuments.langConfidence(doc));
    }

    @Test
    void missingLanguage_isDetected_withItsConfidenceStored() throws IOException {
        Document doc = indexOne("{\"id\":\"a1\",\"title\":\"Rente\",\"body\":\"" + GERMAN + "\"}", null);
        assertEquals("de", doc.get(Fields.LANG));
        double confidence = ArticleDocuments.langConfidence(doc);
        assertTrue(confidence >= LanguageDetector.DEFAULT_MIN_CONFIDENCE && confidence <= 1, "confidence " + confidence);
    }

    @Test
    void tooLittleText_isIndexedAsUndetermined() throws IOException {
        Document doc = indexOne("{\"id\":\"a1\",\"title\":\"Brexit\",\"body\":\"2019\"}", null);
        assertEquals("und", doc.get(Fields.LANG));
        assertEquals(0.0, ArticleDocuments.langConfidence(doc));
    }

    @Test
    void forcedLanguage_winsOverStatedAndText() throws IOException {
        Document doc = indexOne("{\"id\":\"a1\",\"lang\":\"fr\",\"title\":\"Rente\",\"body\":\"" + GERMAN + "\"}", "es");
        assertEquals("es", doc.get(Fields.LANG));
        assertNull(ArticleDocuments.langConfidence(doc));
    }

    @Test
    void auto_detectsEvenWhenALanguageIsStated() throws IOException {
        Document doc = indexOne("{\"id\":\"a1\",\"lang\":\"fr\",\"title\":\"Rente\",\"body\":\"" + GERMAN + "\"}", Indexer.DETECT_ALL);
        assertEquals("de", doc.get(Fields.LANG));
        assertTrue(ArticleDocuments.langConfidence(doc) > 0);
    }
}
