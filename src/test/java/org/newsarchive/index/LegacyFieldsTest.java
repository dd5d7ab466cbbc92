package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;

/**
 * An index written before folded words were kept per language, or before title words were kept for completions,
 * is recognised, so commands can say to re-index.
 */
class LegacyFieldsTest {
    @TempDir
    Path dir;

    @Test
    void anIndexWithTheOldSharedFoldedField_orTitlesWithoutCompletionWords_isRecognised_andANewOneIsNot() throws IOException {
        Path old = dir.resolve("old");
        try (var writer = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(Fields.ID, "a1", Field.Store.YES));
            doc.add(new TextField(Fields.LEGACY_FOLDED, "cooperation militaire", Field.Store.NO));
            writer.addDocument(doc);
        }
        try (ArchiveIndex index = ArchiveIndex.openReadOnly(old, new Analyzers())) {
            assertTrue(index.predatesCurrentFields());
        }

        Path noCompletions = dir.resolve("no-completions");
        try (var writer = new IndexWriter(FSDirectory.open(noCompletions), new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(Fields.ID, "a2", Field.Store.YES));
            doc.add(new TextField(Fields.title("fr"), "Coopération militaire", Field.Store.NO));
            doc.add(new TextField(Fields.folded("fr"), "cooperation militaire", Field.Store.NO));
            writer.addDocument(doc);
        }
        try (ArchiveIndex index = ArchiveIndex.openReadOnly(noCompletions, new Analyzers())) {
            assertTrue(index.predatesCurrentFields());
        }

        try (ArchiveIndex index = ArchiveIndex.open(dir.resolve("new"), new Analyzers())) {
            new Indexer(index, "fr", null).write(new Article("b1", "Coopération militaire", java.util.List.of("Un accord."),
                    null, "fr", null, null, null, null, null));
            index.commit();
            assertFalse(index.predatesCurrentFields());
        }
    }
}
