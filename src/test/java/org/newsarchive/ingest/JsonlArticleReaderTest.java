package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;

/** One article per JSON line; bad lines fail alone, with their number. */
class JsonlArticleReaderTest {

    @TempDir
    Path dir;

    private List<IngestItem> read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return read(file);
    }

    private static List<IngestItem> read(Path file) {
        List<IngestItem> items = new ArrayList<>();
        new JsonlArticleReader().read(file, items::add);
        return items;
    }

    private static Article article(IngestItem item) {
        return assertInstanceOf(IngestItem.Parsed.class, item).article();
    }

    private static IngestItem.Failed failed(IngestItem item) {
        return assertInstanceOf(IngestItem.Failed.class, item);
    }

    @Test
    void read_dropsWebDebrisFromTheBody_andFilesCaptionsAsCredits() throws IOException {
        List<IngestItem> items = read("d.jsonl", """
                {"id":"jd","title":"Crue du Niger","body":"Un vrai paragraphe sur la crue du Niger à Mopti.\\n\\nPartagez sur\\n\\nLEAVE A REPLY\\n\\nCrédit Photo : AFP\\n\\nVisiteur: 1234","credits":["Photo : Reuters"]}
                {"id":"ja","title":"Crue","body":["La crue arrive.","Suivez-nous sur Facebook","Les internautes ont partagé la vidéo sur Facebook."]}
                """);
        Article jd = article(items.get(0));
        assertEquals(List.of("Un vrai paragraphe sur la crue du Niger à Mopti."), jd.body());
        assertEquals(List.of("Photo : Reuters", "Crédit Photo : AFP"), jd.credits());
        assertEquals(List.of("La crue arrive.", "Les internautes ont partagé la vidéo sur Facebook."), article(items.get(1)).body());
    }

    @Test
    void read_keepsMetadataInTheFilesOrder() throws IOException {
        // Eight keys: a hash order would match the file's by chance once in 40,320 runs.
        List<IngestItem> items = read("m.jsonl", """
                {"id":"m1","title":"T","body":"B.","zeta":"1","alpha":"2","mu":"3","beta":"4","omega":"5","gamma":"6","kappa":"7","delta":"8"}
                """);
        assertEquals(List.of("zeta", "alpha", "mu", "beta", "omega", "gamma", "kappa", "delta"),
                List.copyOf(article(items.get(0)).metadata().keySet()));
    }

    @Test
    void read_mapsKnownFields_andKeepsOtherScalarsAsMetadata() throws IOException {
        List<IngestItem> items = read("a.jsonl", """
                {"id":"x1","title":" Titre ","body":"Premier.\\n\\n  \\nSecond.","date":"2022-03-30","lang":"fr","source":"AFP","url":"https://e.x/1","author":"Diakité","views":42,"live":true,"tags":["a"],"extra":{"k":1},"none":null}
                """);
        assertEquals(1, items.size());
        Article a = article(items.get(0));
        assertEquals("x1", a.id());
        assertEquals("Titre", a.title());
        assertEquals(List.of("Premier.", "Second."), a.body());
        assertEquals(PartialDate.ofDay(2022, 3, 30), a.date());
        assertEquals("fr", a.lang());
        assertEquals("AFP", a.source());
        assertEquals("https://e.x/1", a.url());
        assertEquals(Map.of("author", "Diakité", "views", "42", "live", "true"), a.metadata());
        // In the file's order, the same in every JVM (show --json and the API print them in it).
        assertEquals(List.of("author", "views", "live"), List.copyOf(a.metadata().keySet()));
        assertEquals(dir.resolve("a.jsonl").toString(), a.file());
    }

    @Test
    void read_keepsDatePrecision_andReadsTimestamps() throws IOException {
        List<IngestItem> items = read("a.jsonl", """
                {"id":"y","title":"T","date":"2021"}
                {"id":"m","title":"T","date":"2021-07"}
                {"id":"t","title":"T","date":"2021-07-14T08:30:00Z"}
                {"id":"s","title":"T","date":"2021-07-14 08:30:00"}
                """);
        assertEquals(PartialDate.ofYear(2021), article(items.get(0)).date());
        assertEquals(PartialDate.ofMonth(2021, 7), article(items.get(1)).date());
        assertEquals(PartialDate.ofDay(2021, 7, 14), article(items.get(2)).date());
        assertEquals(PartialDate.ofDay(2021, 7, 14), article(items.get(3)).date());
    }

    @Test
    void read_keepsArticleUndated_andRawDateInMetadata_whenDateIsUnparseable() throws IOException {
        Article a = article(read("a.jsonl", "{\"id\":\"d\",\"title\":\"T\",\"date\":\"mars 2022\"}\n").get(0));
        assertNull(a.date());
        assertEquals("mars 2022", a.metadata().get("date_raw"));
    }

    @Test
    void read_failsLineWithoutId_withItsLineNumber_andGoesOn() throws IOException {
        List<IngestItem> items = read("a.jsonl", """
                {"id":"1","title":"Un"}
                {"title":"Sans id"}
                {"id":"3","title":"Trois"}
                """);
        assertEquals(3, items.size());
        assertEquals(new IngestItem.Failed(dir.resolve("a.jsonl").toString(), 2, "no \"id\""), items.get(1));
        assertEquals("3", article(items.get(2)).id());
    }

    @Test
    void read_failsLineWhoseFieldHasTheWrongShape_namingTheField_andGoesOn() throws IOException {
        List<IngestItem> items = read("a.jsonl", """
                {"id":"1","title":"Un","body":{"text":"Le corps dans un objet."}}
                {"id":"2","title":["Deux"],"body":"Corps."}
                {"id":"3","title":"Trois","body":["Premier.",{"p":"Second."}]}
                {"id":{"n":4},"title":"Quatre"}
                {"id":"5","title":"Cinq","credits":{"photo":"AFP"}}
                {"id":6,"title":"Six","body":["Un.","Deux."],"date":2022,"credits":["AFP"]}
                {"id":"sept\\nlignes","title":"Sept"}
                {"id":"%s","title":"Huit"}
                {"id":"%s","title":"Neuf"}
                """.formatted("8".repeat(1_001), "9".repeat(1_000)));
        assertEquals("\"body\" is an object, not a string or an array of strings", failed(items.get(0)).reason());
        assertEquals("\"title\" is an array, not a string", failed(items.get(1)).reason());
        assertEquals("\"body\" holds an object, not only strings", failed(items.get(2)).reason());
        assertEquals(3, failed(items.get(2)).line());
        assertEquals("\"id\" is an object, not a string", failed(items.get(3)).reason());
        assertEquals("\"credits\" is an object, not a string or an array of strings", failed(items.get(4)).reason());
        // Numbers are plain values: read as their text.
        Article six = article(items.get(5));
        assertEquals("6", six.id());
        assertEquals("2022", six.date().toString());
        assertEquals(List.of("Un.", "Deux."), six.body());
        assertEquals("\"id\" holds a control character (line break, tab...)", failed(items.get(6)).reason());
        assertEquals("\"id\" is 1001 characters long; at most 1000 are allowed", failed(items.get(7)).reason());
        assertEquals("9".repeat(1_000), article(items.get(8)).id());
    }

    @Test
    void read_failsInvalidJsonLine_withItsLineNumberAndAOneLineReason() throws IOException {
        List<IngestItem> items = read("a.jsonl", "{\"id\":\"1\",\"title\":\"Un\"}\n{\"id\":\"2\",\"title\":\n{\"id\":\"3\",\"body\":\"Trois\"}\n");
        IngestItem.Failed f = failed(items.get(1));
        assertEquals(2, f.line());
        assertTrue(f.reason().startsWith("invalid JSON: "), f.reason());
        assertFalse(f.reason().contains("\n"), f.reason());
        assertEquals("3", article(items.get(2)).id());
    }

    @Test
    void read_failsLineWithTrailingGarbage() throws IOException {
        assertEquals(1, failed(read("a.jsonl", "{\"id\":\"1\",\"title\":\"Un\"} oops\n").get(0)).line());
    }

    @Test
    void read_failsLineThatIsNotAnObject() throws IOException {
        assertEquals("not a JSON object", failed(read("a.jsonl", "[1,2]\n").get(0)).reason());
    }

    @Test
    void read_failsLineWithNeitherTitleNorBodyText() throws IOException {
        IngestItem.Failed f = failed(read("a.jsonl", "{\"id\":\"1\",\"title\":\" \",\"body\":\"\\n\"}\n").get(0));
        assertEquals(1, f.line());
        assertEquals("no text (neither title nor body)", f.reason());
    }

    @Test
    void read_ignoresBlankLines_butCountsThemInLineNumbers() throws IOException {
        List<IngestItem> items = read("a.jsonl", "\n  \n{\"id\":1}\n\n{\"id\":\"2\",\"body\":\"Deux\"}\n");
        assertEquals(2, items.size());
        assertEquals(3, failed(items.get(0)).line());
        assertEquals("2", article(items.get(1)).id());
    }

    @Test
    void read_readsGzippedFile() throws IOException {
        Path file = dir.resolve("a.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"id\":\"g1\",\"title\":\"Un\"}\n{\"id\":\"g2\",\"body\":\"Deux\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<IngestItem> items = read(file);
        assertEquals(List.of("g1", "g2"), items.stream().map(i -> article(i).id()).toList());
    }

    @Test
    void read_failsOnce_whenGzipFileIsCorrupt() throws IOException {
        Path file = dir.resolve("bad.jsonl.gz");
        Files.writeString(file, "not gzip at all");
        List<IngestItem> items = read(file);
        assertEquals(1, items.size());
        assertEquals(0, failed(items.get(0)).line());
        assertEquals("not gzip data, though the name ends in .gz (Not in GZIP format)", failed(items.get(0)).reason());
    }

    @Test
    void read_truncatedGzipFile_keepsEveryCompleteLine_andSaysWhereItEnds() throws IOException {
        // 20,000 lines of about 60 bytes, cut in the middle: the readers' buffers hold hundreds of whole lines
        // when the cut is met, and none of them may be lost.
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(whole)) {
            for (int i = 1; i <= 20_000; i++) {
                out.write(("{\"id\":\"t" + i + "\",\"title\":\"Titre numéro " + i + " du fichier coupé\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] gz = whole.toByteArray();
        byte[] half = java.util.Arrays.copyOf(gz, gz.length / 2);
        Path file = dir.resolve("cut.jsonl.gz");
        Files.write(file, half);
        // What gzip itself recovers from the cut file: every line it inflates whole.
        java.io.ByteArrayOutputStream recovered = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(half))) {
            byte[] buffer = new byte[1];
            while (in.read(buffer) == 1) recovered.write(buffer[0]);
        } catch (java.io.EOFException expected) {
            // the cut
        }
        long wholeLines = recovered.toString(StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
        assertTrue(wholeLines > 5_000, "lines before the cut: " + wholeLines);

        List<IngestItem> items = read(file);
        List<String> ids = items.stream().filter(i -> i instanceof IngestItem.Parsed).map(i -> article(i).id()).toList();
        assertEquals(wholeLines, ids.size());
        assertEquals("t" + wholeLines, ids.get(ids.size() - 1));
        // The cut line, if any, fails as incomplete JSON; the file's end is reported once, with the last line read.
        List<IngestItem.Failed> failures = items.stream().filter(i -> i instanceof IngestItem.Failed).map(i -> (IngestItem.Failed) i).toList();
        IngestItem.Failed end = failures.get(failures.size() - 1);
        assertTrue(end.reason().startsWith("the compressed file ends abruptly (truncated?): read up to line "), end.reason());
        assertTrue(end.line() == wholeLines || end.line() == wholeLines + 1, end.toString());
        assertTrue(failures.size() <= 2, failures.toString());
    }

    @Test
    void read_failsOnce_whenFileIsBinary() throws IOException {
        Path file = dir.resolve("a.jsonl");
        Files.write(file, new byte[] {'{', 0, 0, 0, '}', '\n', '{', 0, '\n'});
        List<IngestItem> items = read(file);
        assertEquals(List.of(new IngestItem.Failed(file.toString(), 0, "binary file (NUL bytes)")), items);
    }
}
