package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.PartialDate;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Indexer;

/** A "next" cursor handed out before the service restarts still pages the same search afterwards. */
class CursorAcrossRestartsTest {

    @TempDir
    Path dir;

    @Test
    void cursor_isTheSame_inAnotherJvm_forADateFilteredDateSortedSearch() throws Exception {
        Path indexDir = dir.resolve("index");
        try (ArchiveIndex index = ArchiveIndex.open(indexDir, new Analyzers())) {
            new Indexer(index, "fr", null).index(List.of(Path.of("seeds")), n -> {});
        }
        String here = nextCursor(indexDir);
        assertNotNull(here);
        Path out = dir.resolve("out.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CursorAcrossRestartsTest.class.getName(), indexDir.toString())
                .redirectOutput(out.toFile()).redirectErrorStream(false).start();
        assertEquals(0, child.waitFor());
        assertEquals(here, Files.readString(out).strip());
    }

    /** Run in the second JVM: prints the cursor. */
    public static void main(String[] args) throws IOException {
        System.out.println(nextCursor(Path.of(args[0])));
    }

    private static String nextCursor(Path indexDir) throws IOException {
        try (ArchiveIndex index = ArchiveIndex.openReadOnly(indexDir, new Analyzers())) {
            SearchRequest request = new SearchRequest("coopération militaire", PartialDate.parse("2020"),
                    PartialDate.parse("2026-12"), null, SearchRequest.Sort.DATE, 1, 0, null, false);
            return new LuceneArchiveSearch(index).search(request).next();
        }
    }
}
