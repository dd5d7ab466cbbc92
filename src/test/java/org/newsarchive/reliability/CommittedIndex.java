package org.newsarchive.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.newsarchive.Article;
import org.newsarchive.index.ArticleDocuments;

/** What a crash left in an index: read from its last commit, the way the next process will open it. */
final class CommittedIndex {
    private CommittedIndex() {}

    /**
     * Checks that every live article the test wrote is whole (title and paragraphs as in {@code source}, which maps
     * an id to its title then its paragraphs) and that no id is there twice; returns the count per id.
     *
     * @param othersAllowed whether articles the test did not write (the seeds a server indexes) may be there too
     */
    static Map<String, Integer> wholeAndUnique(Path index, Map<String, List<String>> source, boolean othersAllowed)
            throws IOException {
        try (var directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            Map<String, Integer> seen = new HashMap<>();
            for (int d = 0; d < reader.maxDoc(); d++) {
                if (live != null && !live.get(d)) continue;
                Article a = ArticleDocuments.toArticle(stored.document(d));
                List<String> expected = source.get(a.id());
                if (!othersAllowed) assertNotNull(expected, "unexpected article " + a.id());
                if (expected != null) {
                    assertEquals(expected.get(0), a.title(), a.id());
                    assertEquals(expected.subList(1, expected.size()), a.body(), a.id());
                }
                seen.merge(a.id(), 1, Integer::sum);
            }
            seen.forEach((id, n) -> assertEquals(1, n, "article " + id + " is in the index " + n + " times"));
            assertEquals(reader.numDocs(), seen.size());
            return seen;
        }
    }
}
