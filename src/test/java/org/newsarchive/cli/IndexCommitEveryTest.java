package org.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index --commit-every N}: how much work a crash may lose (the kill -9 test is KillDuringIndexTest). */
class IndexCommitEveryTest {

    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.onIndex(tmp.resolve("index"), args);
    }

    @Test
    void index_commitsAfterEveryArticle_whenAskedTo() {
        CliRun r = run("index", "--commit-every", "1", "seeds");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("indexed 5 (5 new, 0 replaced)"), r.out());
    }

    @Test
    void index_refusesACommitIntervalBelowOne_withExitTwo() {
        CliRun r = run("index", "--commit-every", "0", "seeds");
        assertEquals(2, r.code());
        assertEquals("newsarchive: --commit-every must be at least 1, got 0", r.err().strip());
    }
}
