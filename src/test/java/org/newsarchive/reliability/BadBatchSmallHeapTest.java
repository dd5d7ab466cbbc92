package org.newsarchive.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code index} command, in a child JVM limited to 256 MB of heap, over one batch holding every kind of
 * bad file: it finishes, counts each outcome, and indexes everything else.
 */
class BadBatchSmallHeapTest {
    private static final String GOOD = "Le titre\n\nLe corps de l'article.\n";
    private static final String PARAGRAPH =
            "Le ministre de la Défense a reçu du matériel à l’aéroport de Bamako, selon les FAMa. ";

    @TempDir
    static Path dir;
    static int exitCode;
    static String stdout;
    static List<String> stderr;
    static int documents;

    @BeforeAll
    static void indexTheBatchInASmallHeap() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(batch.resolve("a_good.txt"), GOOD);
        Files.writeString(batch.resolve("b_empty.txt"), "");
        Files.write(batch.resolve("c_binary.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 0});
        Files.write(batch.resolve("d_utf16.txt"), "Défense\n\nLe corps à Gao.\n".getBytes(StandardCharsets.UTF_16)); // with BOM
        writeMillionLines(batch.resolve("e_million_lines.txt"));
        writeTextOf(batch.resolve("f_fifty_mb.txt"), 50L * 1024 * 1024);
        fiftyMegabytes = Files.size(batch.resolve("f_fifty_mb.txt"));
        writeJsonlWithEnormousLine(batch.resolve("g_enormous_line.jsonl"));
        writeJsonlOf(batch.resolve("h_big.jsonl"), 5L * 1024 * 1024);
        Path deep = batch.resolve("i_deep");
        for (int i = 0; i < 100; i++) deep = deep.resolve("d" + i);
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("deep.txt"), GOOD);
        Files.createSymbolicLink(deep.resolve("loop"), batch);
        Files.createSymbolicLink(batch.resolve("j_unreadable_even_by_root.txt"), Path.of("/proc/self/mem"));
        Process mkfifo = new ProcessBuilder("mkfifo", batch.resolve("k_fifo.txt").toString()).start();
        assertEquals(0, mkfifo.waitFor());

        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process index = ChildJvm.start("256m", out, err, "--index", dir.resolve("index").toString(), "index", batch.toString());
        assertTrue(index.waitFor(5, TimeUnit.MINUTES), "index did not finish");
        exitCode = index.exitValue();
        stdout = Files.readString(out);
        System.out.print("child JVM -Xmx256m: " + stdout);
        // The report lines only: the JVM may add its own warnings (incubator modules) to stderr.
        stderr = Files.readAllLines(err).stream().filter(l -> l.startsWith("skipped ") || l.startsWith("failed  ")).toList();
        try (var reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            documents = reader.numDocs();
        }
    }

    private static int bigJsonlArticles;
    private static long fiftyMegabytes;

    @Test
    void index_finishesInA256MegabyteHeap_withEveryOutcomeCounted() {
        // 1 good + 1 UTF-16 + 1 million-line + 2 short JSONL lines + big JSONL + 1 deep = indexed.
        long indexed = 1 + 1 + 1 + 2 + bigJsonlArticles + 1;
        assertTrue(stdout.startsWith("indexed " + indexed + " (" + indexed + " new, 0 replaced), skipped 2, failed 5 in "),
                stdout + String.join("\n", stderr));
        assertEquals(indexed, documents);
        assertEquals(1, exitCode, "some inputs failed");
    }

    @Test
    void index_namesEachBadFile_withItsReason() {
        Path batch = dir.resolve("batch");
        Path deep = batch.resolve("i_deep");
        for (int i = 0; i < 100; i++) deep = deep.resolve("d" + i);
        assertEquals(List.of(
                "skipped " + batch.resolve("b_empty.txt") + ": empty",
                "skipped " + deep.resolve("loop") + ": link to a folder, not followed",
                "failed  " + batch.resolve("c_binary.txt") + ": binary file (PDF)",
                "failed  " + batch.resolve("f_fifty_mb.txt") + ": too large (" + fiftyMegabytes / (1024 * 1024) + " MB, limit 16 MB)",
                "failed  " + batch.resolve("g_enormous_line.jsonl") + ":2: line longer than 8 M characters, not read",
                "failed  " + batch.resolve("j_unreadable_even_by_root.txt") + ": Input/output error",
                "failed  " + batch.resolve("k_fifo.txt") + ": not a regular file (pipe, device or socket)"), stderr);
    }

    private static void writeMillionLines(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("Un million de lignes\n\n");
            // The ’ makes every line a two-byte-per-char String in memory: the costly case, still under 16 MB on disk.
            for (int i = 0; i < 1_000_000; i++) w.write("’" + i + "\n");
        }
    }

    private static void writeTextOf(Path file, long bytes) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("Un très long article\n\n");
            for (long written = 0; written < bytes; written += PARAGRAPH.length() + 2) w.write(PARAGRAPH + "\n\n");
        }
    }

    private static void writeJsonlWithEnormousLine(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("{\"id\":\"before\",\"title\":\"Avant\"}\n");
            w.write("{\"id\":\"huge\",\"body\":\"");
            String chunk = "x".repeat(1 << 20);
            for (int i = 0; i < 40; i++) w.write(chunk); // 40 M characters on one line
            w.write("\"}\n");
            w.write("{\"id\":\"after\",\"title\":\"Après\"}\n");
        }
    }

    private static void writeJsonlOf(Path file, long bytes) throws IOException {
        String body = PARAGRAPH.repeat(20);
        int n = 0;
        try (Writer w = Files.newBufferedWriter(file)) {
            for (long written = 0; written < bytes; n++) {
                String line = "{\"id\":\"big-" + n + "\",\"title\":\"Article " + n + "\",\"body\":\"" + body + "\"}\n";
                w.write(line);
                written += line.length();
            }
        }
        bigJsonlArticles = n;
    }
}
