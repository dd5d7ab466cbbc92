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

/** An index written before folded words were kept per language is recognised, so commands can say to re-index. */
class LegacyFoldedFieldTest {
    @TempDir
    Path dir;

    @Test
    void anIndexWithTheOldSharedFoldedField_isRecognised_andANewOneIsNot() throws IOException {
        Path old = dir.resolve("old");
        try (var writer = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(Fields.ID, "a1", Field.Store.YES));
            doc.add(new TextField(Fields.LEGACY_FOLDED, "cooperation militaire", Field.Store.NO));
            writer.addDocument(doc);
        }
        try (ArchiveIndex index = ArchiveIndex.openReadOnly(old, new Analyzers())) {
            assertTrue(index.predatesLanguageFoldedFields());
        }

        try (ArchiveIndex index = ArchiveIndex.open(dir.resolve("new"), new Analyzers())) {
            new Indexer(index, "fr", null).write(new Article("b1", "Coopération militaire", java.util.List.of("Un accord."),
                    null, "fr", null, null, null, null, null));
            index.commit();
            assertFalse(index.predatesLanguageFoldedFields());
        }
    }
}
