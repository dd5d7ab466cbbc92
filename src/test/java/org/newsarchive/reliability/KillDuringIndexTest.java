package org.newsarchive.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;

/**
 * kill -9 the real {@code index} command at several points of a 20,000-article ingest: after each kill the index
 * opens and holds only whole articles, once each; re-running the same ingest ends with exactly 20,000.
 */
class KillDuringIndexTest {
    private static final int ARTICLES = 20_000;
    private static final int COMMIT_EVERY = 1_000;
    private static final Pattern SEGMENTS = Pattern.compile("segments_([0-9a-z]+)");

    @TempDir
    Path dir;

    /** What each source article says, by id: title and paragraphs. */
    private final Map<String, List<String>> source = new HashMap<>();

    @Test
    void index_survivesKillNine_atSeveralPoints_andConvergesToTheExactCount() throws Exception {
        Path jsonl = writeArticles(dir.resolve("articles.jsonl"));
        Path index = dir.resolve("index");

        // Kill while the first batch is still in memory (index created, nothing committed yet) ...
        killAfterCommitGeneration(jsonl, index, 1);
        int first = checkWholeAndUnique(index);
        // ... then twice more, each time a few commits after the previous run's last one.
        killAfterCommitGeneration(jsonl, index, generation(index) + 3);
        int second = checkWholeAndUnique(index);
        assertTrue(second >= first, second + " < " + first + ": a committed article was lost");
        killAfterCommitGeneration(jsonl, index, generation(index) + 5);
        int third = checkWholeAndUnique(index);
        assertTrue(third >= second, third + " < " + second + ": a committed article was lost");
        assertTrue(third < ARTICLES, "the last kill came too late to test anything: " + third);
        System.out.printf("kill -9 left %d, %d, %d whole articles of %d%n", first, second, third, ARTICLES);

        Path out = dir.resolve("out.txt");
        Process rerun = ChildJvm.start("256m", out, dir.resolve("err.txt"),
                "--index", index.toString(), "index", "--commit-every", "" + COMMIT_EVERY, jsonl.toString());
        assertTrue(rerun.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, rerun.exitValue(), Files.readString(dir.resolve("err.txt")));
        String summary = Files.readString(out);
        assertTrue(summary.startsWith("indexed " + ARTICLES + " (" + (ARTICLES - third) + " new, " + third + " replaced)"),
                summary);
        assertEquals(ARTICLES, checkWholeAndUnique(index));
    }

    /** Starts {@code index}, waits for the commit point {@code generation} to appear, then kills it with SIGKILL. */
    private void killAfterCommitGeneration(Path jsonl, Path index, long generation) throws Exception {
        Process p = ChildJvm.start("256m", dir.resolve("out.txt"), dir.resolve("err.txt"),
                "--index", index.toString(), "index", "--commit-every", "" + COMMIT_EVERY, jsonl.toString());
        while (p.isAlive() && generation(index) < generation) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the run ended before it could be killed: " + Files.readString(dir.resolve("err.txt")));
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block, no commit
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertNotEquals(0, p.exitValue());
    }

    /** The highest commit point in the index folder, 0 when there is none. */
    private static long generation(Path index) throws IOException {
        if (!Files.isDirectory(index)) return 0;
        try (Stream<Path> files = Files.list(index)) {
            return files.map(f -> SEGMENTS.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToLong(m -> Long.parseLong(m.group(1), Character.MAX_RADIX))
                    .max().orElse(0);
        }
    }

    /** Opens the index, checks every live article is whole and present once; returns how many there are. */
    private int checkWholeAndUnique(Path index) throws IOException {
        return CommittedIndex.wholeAndUnique(index, source, false).size();
    }

    private Path writeArticles(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < ARTICLES; i++) {
                String id = "a" + i;
                String title = "Article numéro " + i;
                List<String> paragraphs = List.of(
                        "Premier paragraphe de l’article " + i + " sur la coopération militaire.",
                        "Deuxième paragraphe, " + "mot ".repeat(i % 50) + "fin " + i + ".");
                source.put(id, Stream.concat(Stream.of(title), paragraphs.stream()).toList());
                w.write("{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":[\"" + paragraphs.get(0) + "\",\""
                        + paragraphs.get(1) + "\"]}\n");
            }
        }
        return file;
    }
}
