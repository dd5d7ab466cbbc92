package org.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {


    private static CliRun run(String... args) {
        return CliRun.execute(args);
    }

    @Test
    void bench_withAMissingCorpus_isAUsageError_inOneLine(@TempDir Path dir) {
        CliRun r = run("bench", "--corpus", dir.resolve("absent.jsonl.gz").toString(), "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("newsarchive: --corpus: no such file"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void bench_withANegativeCount_isAUsageError(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"a\",\"title\":\"t\"}\n");
        CliRun r = run("bench", "--corpus", corpus.toString(), "--queries", "-1", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("must not be negative"), r.err());
    }

    @Test
    void benchHelp_listsTheOptions() {
        CliRun r = run("bench", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--smoke") && r.out().contains("--skip-postgres") && r.out().contains("--corpus"), r.out());
    }

    @Test
    void bench_isListedInTheHelp() {
        CliRun r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith("bench ")), r.out());
    }
}
