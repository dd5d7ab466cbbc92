package org.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through picocli's execute: exit codes, stdout and stderr, never System.exit. */
class CliTest {

    @TempDir
    Path tmp;


    private CliRun run(String... args) {
        return CliRun.onIndex(tmp.resolve("index"), args);
    }

    private CliRun indexSeeds() {
        CliRun r = run("index", "seeds");
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void indexPrintsASummaryAndExitsZero() {
        CliRun r = indexSeeds();
        assertTrue(r.out().startsWith("indexed 5 (5 new, 0 replaced), skipped 0, failed 0"), r.out());
    }

    @Test
    void indexingTheSameFilesAgainReplacesInsteadOfDuplicating() throws IOException {
        indexSeeds();
        CliRun again = run("index", "seeds");
        assertTrue(again.out().startsWith("indexed 5 (0 new, 5 replaced)"), again.out());
        JsonNode stats = new ObjectMapper().readTree(run("stats", "--json").out());
        assertEquals(5, stats.get("articles").asInt());
    }

    @Test
    void badFilesAreReportedAndTheRestOfTheBatchIsIndexed() throws IOException {
        Path batch = Files.createDirectories(tmp.resolve("batch"));
        for (Path seed : Files.list(Path.of("seeds")).toList()) Files.copy(seed, batch.resolve(seed.getFileName()));
        Files.writeString(batch.resolve("empty.txt"), "");
        Files.writeString(batch.resolve("header-only.txt"), "date 2024-01-02\n\n");
        Files.write(batch.resolve("binary.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 0, 1, 2, 3, 0, 5});
        Files.write(batch.resolve("cp1252.txt"), "Fête de Noël à Ségou\n\nLe maire a réuni les élus.".getBytes(Charset.forName("windows-1252")));
        Files.writeString(batch.resolve("lines.jsonl"),
                "{\"id\":\"j1\",\"title\":\"Élections au Sénégal\",\"body\":\"Le scrutin s'est tenu dimanche.\"}\n"
                        + "{not json\n"
                        + "{\"id\":\"j3\",\"title\":\"Sans corps\"}\n");
        CliRun r = run("index", batch.toString());
        assertEquals(1, r.code(), "some input failed");
        assertTrue(r.out().startsWith("indexed 8 (8 new, 0 replaced), skipped 2, failed 2"), r.out());
        assertTrue(r.err().contains("binary.txt") && r.err().contains("lines.jsonl:2"), r.err());
        assertTrue(r.err().contains("empty.txt") && r.err().contains("header-only.txt"), r.err());
        CliRun noel = run("search", "--json", "noel");
        JsonNode page = new ObjectMapper().readTree(noel.out());
        assertEquals(1, page.get("total").asInt());
        assertEquals("cp1252", page.get("hits").get(0).get("id").asText());
        assertEquals("Fête de Noël à Ségou", page.get("hits").get(0).get("title").asText());
    }

    @Test
    void searchJsonHasTheDocumentedShape() throws IOException {
        indexSeeds();
        CliRun r = run("search", "--json", "hélicoptères");
        assertEquals(0, r.code(), r.err());
        JsonNode page = new ObjectMapper().readTree(r.out());
        assertEquals("hélicoptères", page.get("query").asText());
        assertEquals(2, page.get("total").asInt());
        JsonNode hit = page.get("hits").get(0);
        for (String field : List.of("id", "title", "date", "lang", "score", "snippet")) {
            assertTrue(hit.has(field), "hit has " + field + ": " + hit);
        }
        assertTrue(page.get("hits").toString().contains("<mark>hélicoptères</mark>"), page.toString());
        assertEquals(2, page.get("facets").get("lang").get("fr").asInt());
        assertEquals(1, page.get("facets").get("month").get("2022-03").asInt());
    }

    @Test
    void humanOutputListsTitleDateIdAndAPlainSnippetWhenPiped() {
        indexSeeds();
        CliRun r = run("search", "Ievkourov");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("002_de41e6a099c3eab1"), r.out());
        assertTrue(r.out().contains("Le Mali renforce son potentiel Militaire"), r.out());
        assertFalse(r.out().contains("<mark>") || r.out().contains("\u001b["), "no markup when piped: " + r.out());
    }

    @Test
    void queryWordsAroundOptionsAreJoinedAndTheOptionsApplied() {
        indexSeeds();
        CliRun split = run("search", "coopération", "--limit", "1", "militaire");
        CliRun joined = run("search", "--limit", "1", "coopération militaire");
        assertEquals(0, split.code(), split.err());
        assertEquals(joined.out().replaceAll("\\([0-9.]+ ms\\)", ""), split.out().replaceAll("\\([0-9.]+ ms\\)", ""));
        assertEquals(1, split.out().lines().filter(l -> l.matches(" ?\\d+\\. .*")).count(), split.out());
    }

    @Test
    void aMissingArticleIdIsAUsageMistake() {
        CliRun r = run("show");
        assertEquals(2, r.code());
        assertEquals("newsarchive: Missing required parameter: 'ID'", r.err().strip());
    }

    @Test
    void malformedQueryExitsTwoWithOneLine() {
        indexSeeds();
        CliRun r = run("search", "(Mali AND");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("newsarchive: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void limitOutOfRange_isAUsageError_namingTheOption() {
        indexSeeds();
        CliRun r = run("search", "--limit", "500", "Mali");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("newsarchive: --limit must be between 0 and 100, got 500"), r.err());
        CliRun day = run("search", "--from", "2022-02-30", "Mali");
        assertEquals(2, day.code());
        assertTrue(day.err().contains("no such day: 2022-02-30"), day.err());
        CliRun lang = run("search", "--lang", "xx", "Mali");
        assertEquals(2, lang.code());
        assertEquals("newsarchive: unknown language 'xx' (known: fr, en, de, es, it, pt, nl, ar, und)", lang.err().strip());
        assertEquals(0, run("search", "--lang", "FR", "Mali").code());
    }

    @Test
    void stats_writesTheDateRangeAtTheArticlesPrecision() {
        indexSeeds();
        CliRun r = run("stats");
        assertEquals(0, r.code(), r.err());
        // Seed 000 is dated to the month (2022-03), the newest seed to the year (2025).
        assertTrue(r.out().contains("dates       2022-03 … 2025 (3 undated)"), r.out());
    }

    @Test
    void badDateFilterExitsTwo() {
        indexSeeds();
        CliRun r = run("search", "--from", "2022-13", "Mali");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void unknownCommand_exitsTwo_namingItAndTheCommands() {
        CliRun r = run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("newsarchive: unknown command 'frobnicate' (commands: index, search, "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aFileGivenAsTheIndex_isNotAFolder_forReadingAndWriting() throws IOException {
        Path file = Files.writeString(tmp.resolve("regular-file"), "not an index");
        for (String[] command : List.of(new String[] {"search", "mali"}, new String[] {"index", "seeds"})) {
            CliRun r = CliRun.onIndex(file, command);
            assertEquals(2, r.code(), r.err());
            assertEquals("newsarchive: not a folder: " + file + " (--index wants the index's folder)", r.err().strip());
        }
    }

    @Test
    void aFolderOfJunkInsteadOfAnIndex_saysSo_withoutLuceneInternals() throws IOException {
        Path junk = Files.createDirectories(tmp.resolve("junk"));
        Files.write(junk.resolve("segments_1"), new byte[] {0x3f, (byte) 0xd7, 0x6c, 0x17, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        CliRun r = CliRun.onIndex(junk, "search", "mali");
        assertEquals(1, r.code(), r.err());
        assertEquals("newsarchive: the index folder holds files that are not a readable index (damaged, or written by"
                + " another program or version): index into a new folder", r.err().strip());
        assertArrayEquals(new byte[] {0x3f, (byte) 0xd7, 0x6c, 0x17, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
                Files.readAllBytes(junk.resolve("segments_1")), "the folder is left as it was");
    }

    @Test
    void articlesWhoseDateCannotBeRead_areIndexedUndated_andNamed_fiveAtMost() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) lines.add("{\"id\":\"d" + i + "\",\"title\":\"Titre " + i + "\",\"date\":\"hier " + i + "\"}");
        Path file = Files.write(tmp.resolve("dates.jsonl"), lines);
        CliRun r = run("index", file.toString());
        assertEquals(0, r.code(), r.err());
        List<String> notices = r.err().lines().filter(l -> l.startsWith("article d") || l.startsWith("... and")).toList();
        assertEquals(6, notices.size(), r.err());
        assertEquals("article d1 (" + file + "): date 'hier 1' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): the article"
                + " is undated, the text is kept in metadata.date_raw", notices.get(0));
        assertEquals("... and 2 more articles indexed undated: their date is not an ISO date (kept in metadata.date_raw)", notices.get(5));
        assertTrue(r.out().contains("7 new"), r.out());
    }

    @Test
    void unknownOptionExitsTwo() {
        CliRun r = run("search", "--colour", "Mali");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--colour"), r.err());
    }

    @Test
    void showPrintsTheWholeArticleAndUnknownIdExitsOne() throws IOException {
        indexSeeds();
        CliRun r = run("show", "--json", "003_c0426905f188866c");
        assertEquals(0, r.code(), r.err());
        JsonNode article = new ObjectMapper().readTree(r.out());
        assertTrue(article.get("credits").toString().contains("Sputnik Afrique"), r.out());
        assertTrue(article.get("body").size() > 3, r.out());
        CliRun missing = run("show", "no-such-id");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no-such-id"), missing.err());
    }

    @Test
    void statsReportsCountLanguagesAndDates() throws IOException {
        indexSeeds();
        JsonNode stats = new ObjectMapper().readTree(run("stats", "--json").out());
        assertEquals(5, stats.get("articles").asInt());
        assertEquals(5, stats.get("languages").get("fr").asInt());
        CliRun human = run("stats");
        assertTrue(human.out().contains("articles    5"), human.out());
    }

    @Test
    void searchOnAMissingNonDefaultIndexSaysHowToCreateIt() {
        CliRun r = run("search", "Mali");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("newsarchive index"), r.err());
    }

    @Test
    void indexOfAMissingPathFailsWithExitOne() {
        CliRun r = run("index", tmp.resolve("nowhere").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nowhere"), r.err());
    }
}
