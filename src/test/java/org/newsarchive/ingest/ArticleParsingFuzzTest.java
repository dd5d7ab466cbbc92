package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsarchive.Article;

/**
 * Fuzz tests of the article parsers. A plain test run replays only the inputs under
 * {@code ArticleParsingFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (see docs/RELIABILITY.md).
 */
class ArticleParsingFuzzTest {

    /** Any bytes that pass the binary check decode and parse into an article without an exception. */
    @FuzzTest(maxDuration = "3m")
    void seedFormat_parsesAnyDecodedText(byte[] bytes) {
        if (TextDecoder.binaryKind(bytes).isPresent()) return;
        String text = TextDecoder.decode(bytes);
        Article article = new SeedFormatParser().parse("fuzz", text, "fuzz.txt");
        assertEquals("fuzz", article.id());
        assertNotNull(article.title());
    }

    /** Any line gives exactly one item (parsed or failed with a reason), never an exception. */
    @FuzzTest(maxDuration = "3m")
    void jsonlLine_alwaysGivesOneItem(FuzzedDataProvider data) {
        String line = data.consumeRemainingAsString();
        IngestItem item = new JsonlArticleReader().parseLine(line, "fuzz.jsonl", 7);
        assertNotNull(item);
        if (item instanceof IngestItem.Failed failed) {
            assertEquals(7, failed.line());
            assertNotNull(failed.reason());
        }
    }
}
