package org.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;
import org.newsarchive.eval.DateEvaluation;

/** {@code eval-dates} measures what ingest does: a reprint's date reaches an undated copy whichever comes first. */
class EvalDatesOrderTest {

    private static Article article(String id, Map<String, String> metadata) throws IOException {
        String text = Files.readString(Path.of("seeds/000_21e3eea4dcfbddef.txt"));
        List<String> body = List.of(text.substring(text.indexOf('\n')).strip().split("\n\\s*\n"));
        return new Article(id, "Coopération militaire", body, PartialDate.parse("2022-03-30"), "fr", null, null, null,
                null, metadata);
    }

    @Test
    void undatedCopy_isDatedByItsReprint_beforeOrAfterIt() throws IOException {
        Article original = article("original", Map.of());
        Article copy = article("copy", Map.of("duplicate_of", "original"));
        for (List<Article> order : List.of(List.of(original, copy), List.of(copy, original))) {
            DateEvaluation e = EvalDatesCommand.evaluate(order, a -> a.metadata().containsKey("duplicate_of"));
            assertEquals(1, e.articles(), order.toString());
            assertEquals(1, e.dated(), "copy dated whatever the order: " + order.get(0).id() + " first");
            assertEquals(1.0, e.rightDay());
        }
    }
}
