package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlParagraphsTest {

    private static List<String> body(String jsonBody) {
        IngestItem item = new JsonlArticleReader().parseLine("{\"id\":\"x\",\"body\":" + jsonBody + "}", "f.jsonl", 1);
        return ((IngestItem.Parsed) item).article().body();
    }

    @Test
    void body_isSplitOnEveryKindOfLineEnd_andBlankLinesAreDropped() {
        assertEquals(List.of("Un.", "Deux.", "Trois.", "Quatre."), body("\"Un.\\r\\nDeux.\\rTrois.\\n\\n  \\r\\n Quatre. \""));
    }

    @Test
    void body_withoutLineEnds_isOneParagraph_andALoneLineEndNothing() {
        assertEquals(List.of("Un seul paragraphe."), body("\"Un seul paragraphe.\""));
        assertEquals(List.of("a"), body("\"\\n\\r\\na\\r\""));
    }
}
