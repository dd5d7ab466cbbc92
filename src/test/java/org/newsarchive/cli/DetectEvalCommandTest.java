package org.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsarchive.ingest.LanguageSamples;

class DetectEvalCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return NewsarchiveCommand.run(args, new PrintWriter(out), new PrintWriter(err), false);
    }

    @Test
    void detectEval_printsAccuracyAndConfusionTable_forLabelledFiles() {
        List<String> args = new ArrayList<>(List.of("detect-eval", "--per-language", "50"));
        for (String lang : LanguageSamples.LANGUAGES) args.add(LanguageSamples.file(lang).toString());
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        String report = out.toString();
        assertTrue(report.contains("title + body, as ingest does (body >= 200 chars): 250 texts, accuracy 100.00 %"), report);
        assertTrue(report.contains("title alone: 250 texts"), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("de\\s+\\.\\s+50 .*")), report);
    }

    @Test
    void detectEval_rejectsANegativeLimit_withExit2AndOneLine() {
        assertEquals(2, run("detect-eval", "--per-language", "-1", "x.jsonl"));
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void index_rejectsAnUnknownLanguage_withExit2() {
        assertEquals(2, run("--index", "/nonexistent-newsarchive-test", "index", "--lang", "xx", "x.jsonl"));
        assertTrue(err.toString().contains("unknown language 'xx'"), err.toString());
    }
}
