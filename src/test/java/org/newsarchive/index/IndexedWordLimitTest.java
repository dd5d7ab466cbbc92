package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchRequest;

/** A field indexes its first MAX_INDEXED_WORDS words: the rest is stored and shown, not searchable. */
class IndexedWordLimitTest {

    @Test
    void wordsPastTheLimitAreStoredButNotIndexed(@TempDir Path dir) throws IOException {
        String body = IntStream.range(0, Analyzers.MAX_INDEXED_WORDS + 1_000)
                .mapToObj(i -> "mot" + Integer.toString(i, 36)).collect(Collectors.joining(" "));
        Article long_ = new Article("long", "Un article sans fin", List.of(body), null, "fr", null, null, null, List.of(), java.util.Map.of());
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            index.upsert(long_);
            index.commit();
            var search = new LuceneArchiveSearch(index);
            assertEquals(1, search.search(SearchRequest.of("mot" + Integer.toString(10, 36))).total());
            assertEquals(0, search.search(SearchRequest.of("mot" + Integer.toString(Analyzers.MAX_INDEXED_WORDS + 500, 36))).total());
            assertEquals(body, search.article("long").orElseThrow().article().bodyText());
        }
    }
}
