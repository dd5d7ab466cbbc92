package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article that cannot be indexed fails alone, with a short reason, and the rest of the file is indexed. An id
 * over 32 KB (Lucene's limit for a term) is refused when read, long before: ids are at most 1,000 characters.
 */
class IndexerBadArticleTest {

    @TempDir
    Path dir;

    @Test
    void index_failsAnArticleWithAnIdOver32Kilobytes_andIndexesTheOthers() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"1\",\"title\":\"Un\"}\n"
                + "{\"id\":\"" + "x".repeat(40_000) + "\",\"title\":\"Deux\"}\n{\"id\":\"3\",\"title\":\"Trois\"}\n");
        try (ArchiveIndex index = ArchiveIndex.open(dir.resolve("index"), new Analyzers())) {
            IndexReport report = new Indexer(index, "fr", null).index(List.of(jsonl), n -> {});
            assertEquals(2, report.addedCount());
            assertEquals(List.of(new IndexReport.Problem(jsonl.toString(), 2, "\"id\" is 40000 characters long; at most 1000 are allowed")),
                    report.failed());
        }
    }
}
