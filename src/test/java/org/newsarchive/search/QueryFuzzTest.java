package org.newsarchive.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Indexer;

/**
 * Fuzz test of the query path over the five seeds: any text, in syntax or plain mode, gives a page or an
 * {@link InvalidRequestException} with a one-line message. Plain runs replay {@code QueryFuzzTestInputs/} only.
 */
class QueryFuzzTest {
    static Path folder;
    static ArchiveIndex index;
    static ArchiveSearch search;

    @BeforeAll
    static void indexSeeds() throws IOException {
        folder = Files.createTempDirectory("query-fuzz");
        index = ArchiveIndex.open(folder.resolve("index"), new Analyzers());
        new Indexer(index, "fr", null).index(List.of(Path.of("seeds")), n -> {});
        search = new LuceneArchiveSearch(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "3m")
    void query_givesAPageOrAnInvalidRequest(FuzzedDataProvider data) {
        boolean plain = data.consumeBoolean();
        String query = data.consumeRemainingAsString();
        try {
            search.search(SearchRequest.of(query).withPlain(plain));
        } catch (InvalidRequestException e) {
            HostileQueryTest.assertUserFacing(e.getMessage(), query);
        }
    }
}
