package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;

/** Every file ends as one outcome, and a bad file never stops the batch. */
class ArticleWalkerTest {

    private static final String GOOD = "Le titre\n\nLe corps de l'article.\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static List<IngestItem> walk(Path... paths) {
        List<IngestItem> items = new ArrayList<>();
        new ArticleWalker().walk(List.of(paths), items::add);
        return items;
    }

    /** Walks {@code bad} then a good file, checks the good one still parsed, and returns the bad one's item. */
    private IngestItem walkBeforeGood(Path bad) throws IOException {
        Path good = write("zz_good.txt", GOOD);
        List<IngestItem> items = walk(bad, good);
        assertEquals(2, items.size(), items::toString);
        assertEquals("zz_good", assertInstanceOf(IngestItem.Parsed.class, items.get(1)).article().id());
        return items.get(0);
    }

    @Test
    void walk_skipsEmptyFile_andParsesTheRest() throws IOException {
        Path empty = write("empty.txt", "");
        assertEquals(new IngestItem.Skipped(empty.toString(), "empty"), walkBeforeGood(empty));
    }

    @Test
    void walk_skipsWhitespaceOnlyFile() throws IOException {
        Path blank = write("blank.txt", " \n\t\r\n\u00A0\n");
        assertEquals(new IngestItem.Skipped(blank.toString(), "empty"), walkBeforeGood(blank));
    }

    @Test
    void walk_skipsHeaderOnlyFile() throws IOException {
        Path header = write("header.txt", "date 2022-03\n\n");
        assertEquals(new IngestItem.Skipped(header.toString(), "no text after the date header"), walkBeforeGood(header));
    }

    @Test
    void walk_failsBinaryFile_withNulBytes() throws IOException {
        Path bin = write("nul.txt", new byte[] {'a', 'b', 0, 0, 'c', 1, 2});
        assertEquals(new IngestItem.Failed(bin.toString(), 0, "binary file (NUL bytes)"), walkBeforeGood(bin));
    }

    @Test
    void walk_failsBinaryFile_withPngHeader() throws IOException {
        Path png = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 'x'});
        assertEquals(new IngestItem.Failed(png.toString(), 0, "binary file (PNG image)"), walkBeforeGood(png));
    }

    @Test
    void walk_readsWindows1252File_withCorrectAccents() throws IOException {
        Path file = write("cp.txt", "Défense nationale\r\n\r\nLe ministre a reçu l’armée à Gao.\r\n"
                .getBytes(Charset.forName("windows-1252")));
        Article a = assertInstanceOf(IngestItem.Parsed.class, walkBeforeGood(file)).article();
        assertEquals("Défense nationale", a.title());
        assertEquals(List.of("Le ministre a reçu l’armée à Gao."), a.body());
    }

    @Test
    void walk_parsesFifteenMegabyteFile_inLinearTime() throws IOException {
        Path big = dir.resolve("big.txt");
        String paragraph = "Le ministre de la Défense a reçu du matériel à l’aéroport de Bamako, selon les FAMa. ".repeat(10);
        long paragraphs = 0;
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("date 2022-03-30 Un très long article. Il commence ici.\n\n");
            while (Files.size(big) < 15L * 1024 * 1024) {
                for (int i = 0; i < 1000; i++, paragraphs++) out.write(paragraph + "\n\n");
                out.flush();
            }
        }
        long count = paragraphs;
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertInstanceOf(IngestItem.Parsed.class, walkBeforeGood(big)).article());
        assertEquals("Un très long article.", a.title());
        assertEquals(count + 1, a.body().size());
    }

    @Test
    void walk_parsesFifteenMegabyteSingleLine_withoutBacktracking() throws IOException {
        Path big = write("oneline.txt", "Titre\n\n" + "mot ".repeat(3_750_000) + "fin.");
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertInstanceOf(IngestItem.Parsed.class, walkBeforeGood(big)).article());
        assertEquals(1, a.body().size());
    }

    @Test
    void walk_failsTextFileOverSixteenMegabytes() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ArticleWalker.MAX_TEXT_BYTES + 1); // sparse: costs no disk
        }
        IngestItem.Failed f = assertInstanceOf(IngestItem.Failed.class, walkBeforeGood(huge));
        assertTrue(f.reason().startsWith("too large"), f.reason());
    }

    @Test
    void walk_failsATwentyMegabyteFile_namingItsSizeAndTheLimit_andIndexesTheRest() throws IOException {
        Path huge = dir.resolve("twenty.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(20L * 1024 * 1024); // sparse: costs no disk
        }
        IngestItem.Failed f = assertInstanceOf(IngestItem.Failed.class, walkBeforeGood(huge));
        assertEquals("too large (20 MB, limit 16 MB)", f.reason());
    }

    @Test
    void walk_failsUnreadableFile_orReadsIt_whenRunningAsRoot() throws IOException {
        Path locked = write("locked.txt", GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        IngestItem item = walkBeforeGood(locked);
        if (Files.isReadable(locked)) {
            // Root ignores file modes: the file reads fine. Unreadable paths that fail even for root are
            // pinned in the broken-link and missing-path tests below.
            assertInstanceOf(IngestItem.Parsed.class, item);
        } else {
            assertEquals(new IngestItem.Failed(locked.toString(), 0, "permission denied"), item);
        }
    }

    @Test
    void walk_failsBrokenSymbolicLink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        assertEquals(new IngestItem.Failed(link.toString(), 0, "broken symbolic link"), walkBeforeGood(link));
    }

    @Test
    void walk_failsBrokenSymbolicLink_insideAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.createSymbolicLink(folder.resolve("a.txt"), dir.resolve("nowhere.txt"));
        write("in/b.txt", GOOD);
        List<IngestItem> items = walk(folder);
        assertEquals(new IngestItem.Failed(folder.resolve("a.txt").toString(), 0, "broken symbolic link"), items.get(0));
        assertInstanceOf(IngestItem.Parsed.class, items.get(1));
    }

    @Test
    void walk_failsMissingPath() throws IOException {
        Path missing = dir.resolve("missing.txt");
        assertEquals(new IngestItem.Failed(missing.toString(), 0, "no such file (missing, or deleted during the run)"),
                walkBeforeGood(missing));
    }

    @Test
    void walk_failsFileDeletedDuringTheRun() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        write("in/a.txt", GOOD);
        Path doomed = write("in/b.txt", GOOD);
        write("in/c.txt", GOOD);
        List<IngestItem> items = new ArrayList<>();
        new ArticleWalker().walk(List.of(folder), item -> {
            items.add(item);
            if (items.size() == 1) {
                try {
                    Files.delete(doomed); // after the folder was listed, before b.txt is read
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        });
        assertEquals(3, items.size());
        assertInstanceOf(IngestItem.Parsed.class, items.get(0));
        assertEquals(new IngestItem.Failed(doomed.toString(), 0, "no such file (missing, or deleted during the run)"),
                items.get(1));
        assertInstanceOf(IngestItem.Parsed.class, items.get(2));
    }

    @Test
    void walk_reportsMalformedJsonlLine_andReadsTheOtherLinesAndFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path jsonl = write("in/a.jsonl", "{\"id\":\"1\",\"title\":\"Un\"}\n{oops\n{\"id\":\"3\",\"title\":\"Trois\"}\n");
        write("in/b.txt", GOOD);
        List<IngestItem> items = walk(folder);
        assertEquals(4, items.size());
        assertEquals("1", assertInstanceOf(IngestItem.Parsed.class, items.get(0)).article().id());
        IngestItem.Failed f = assertInstanceOf(IngestItem.Failed.class, items.get(1));
        assertEquals(jsonl.toString(), f.file());
        assertEquals(2, f.line());
        assertEquals("3", assertInstanceOf(IngestItem.Parsed.class, items.get(2)).article().id());
        assertEquals("b", assertInstanceOf(IngestItem.Parsed.class, items.get(3)).article().id());
    }

    @Test
    void walk_terminatesOnSymlinkLoop_andDoesNotFollowLinkedFolders() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in/sub"));
        Files.createSymbolicLink(folder.resolve("loop"), dir.resolve("in"));
        write("in/sub/a.txt", GOOD);
        List<IngestItem> items = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> walk(dir.resolve("in")));
        assertEquals(2, items.size(), items::toString);
        assertEquals("a", assertInstanceOf(IngestItem.Parsed.class, items.get(0)).article().id());
        assertEquals(new IngestItem.Skipped(folder.resolve("loop").toString(), "link to a folder, not followed"),
                items.get(1));
    }

    @Test
    void walk_visitsFoldersRecursively_inFileNameOrder() throws IOException {
        write("in/b.txt", GOOD);
        write("in/a/z.txt", GOOD);
        write("in/a/y.jsonl", "{\"id\":\"j\",\"title\":\"J\"}\n");
        write("in/c.txt", GOOD);
        List<String> files = walk(dir.resolve("in")).stream().map(IngestItem::file).toList();
        Path in = dir.resolve("in");
        assertEquals(List.of(in.resolve("a/y.jsonl").toString(), in.resolve("a/z.txt").toString(),
                in.resolve("b.txt").toString(), in.resolve("c.txt").toString()), files);
    }

    @Test
    void walk_skipsUnsupportedTypesInFolders_andIgnoresHiddenFiles() throws IOException {
        write("in/notes.md", GOOD);
        write("in/.hidden.txt", GOOD);
        write("in/.git/config.txt", GOOD);
        write("in/README", GOOD);
        write("in/a.txt", GOOD);
        List<IngestItem> items = walk(dir.resolve("in"));
        assertEquals(List.of(new IngestItem.Skipped(dir.resolve("in/README").toString(), "unsupported file type (no extension)"),
                        new IngestItem.Skipped(dir.resolve("in/notes.md").toString(), "unsupported file type .md")),
                items.stream().filter(i -> i instanceof IngestItem.Skipped).toList());
        assertEquals(3, items.size());
    }

    @Test
    void walk_readsExplicitlyNamedFileAsText_whateverItsExtension() throws IOException {
        Path md = write("notes.md", GOOD);
        Article a = assertInstanceOf(IngestItem.Parsed.class, walkBeforeGood(md)).article();
        assertEquals("notes", a.id());
        assertEquals("Le titre", a.title());
    }

    @Test
    void walk_carriesTheFilePathAsGiven() throws IOException {
        Path relative = Path.of("seeds", "003_c0426905f188866c.txt");
        Article a = assertInstanceOf(IngestItem.Parsed.class, walk(relative).get(0)).article();
        assertEquals("seeds/003_c0426905f188866c.txt", a.file());
        assertEquals("003_c0426905f188866c", a.id());
    }

    @Test
    void walk_parsesEverySeed() {
        List<IngestItem> items = walk(Path.of("seeds"));
        assertEquals(5, items.size());
        assertTrue(items.stream().allMatch(i -> i instanceof IngestItem.Parsed), items::toString);
    }

    @Test
    void walk_readsUtf16FileWithBom() throws IOException {
        Path file = write("utf16.txt", "Défense nationale\n\nLe ministre a reçu l’armée à Gao.\n".getBytes(StandardCharsets.UTF_16));
        Article a = assertInstanceOf(IngestItem.Parsed.class, walkBeforeGood(file)).article();
        assertEquals("Défense nationale", a.title());
        assertEquals(List.of("Le ministre a reçu l’armée à Gao."), a.body());
    }

    @Test
    void walk_failsFifo_insteadOfWaitingForeverForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        IngestItem item = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> walkBeforeGood(fifo));
        assertEquals(new IngestItem.Failed(fifo.toString(), 0, "not a regular file (pipe, device or socket)"), item);
    }

    @Test
    void walk_failsFifoInsideAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        assertEquals(0, new ProcessBuilder("mkfifo", folder.resolve("a.jsonl").toString()).start().waitFor());
        write("in/b.txt", GOOD);
        List<IngestItem> items = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> walk(folder));
        assertEquals(new IngestItem.Failed(folder.resolve("a.jsonl").toString(), 0, "not a regular file (pipe, device or socket)"),
                items.get(0));
        assertInstanceOf(IngestItem.Parsed.class, items.get(1));
    }

    @Test
    void walk_failsFileThatEvenRootCannotRead() throws IOException {
        // Tests run as root, which ignores file modes; reading /proc/self/mem from offset 0 fails for everyone.
        Path link = Files.createSymbolicLink(dir.resolve("mem.txt"), Path.of("/proc/self/mem"));
        assertEquals(new IngestItem.Failed(link.toString(), 0, "Input/output error"), walkBeforeGood(link));
    }

    @Test
    void walk_readsAFileHundredFoldersDeep() throws IOException {
        Path deep = dir.resolve("in");
        for (int i = 0; i < 100; i++) deep = deep.resolve("d" + i);
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("deep.txt"), GOOD);
        List<IngestItem> items = walk(dir.resolve("in"));
        assertEquals("deep", assertInstanceOf(IngestItem.Parsed.class, items.get(0)).article().id());
        assertEquals(1, items.size());
    }

    @Test
    void walk_failsOnlyTheEnormousJsonlLine_andReadsTheLinesAround() throws IOException {
        String enormous = "{\"id\":\"huge\",\"body\":\"" + "x".repeat(JsonlArticleReader.MAX_LINE_CHARS) + "\"}";
        Path jsonl = write("big.jsonl", "{\"id\":\"1\",\"title\":\"Un\"}\n" + enormous + "\n{\"id\":\"3\",\"title\":\"Trois\"}\n");
        List<IngestItem> items = walk(jsonl);
        assertEquals(3, items.size());
        assertEquals("1", assertInstanceOf(IngestItem.Parsed.class, items.get(0)).article().id());
        assertEquals(new IngestItem.Failed(jsonl.toString(), 2, "line longer than 8 M characters, not read"), items.get(1));
        assertEquals("3", assertInstanceOf(IngestItem.Parsed.class, items.get(2)).article().id());
    }
}
