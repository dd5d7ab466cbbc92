package org.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index --commit-every N}: how much work a crash may lose (the kill -9 test is KillDuringIndexTest). */
class IndexCommitEveryTest {

    @TempDir
    Path tmp;

    private CliTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--index";
        all[1] = tmp.resolve("index").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = NewsarchiveCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), false).execute(all);
        return new CliTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void index_commitsAfterEveryArticle_whenAskedTo() {
        CliTest.Run r = run("index", "--commit-every", "1", "seeds");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("indexed 5 (5 new, 0 replaced)"), r.out());
    }

    @Test
    void index_refusesACommitIntervalBelowOne_withExitTwo() {
        CliTest.Run r = run("index", "--commit-every", "0", "seeds");
        assertEquals(2, r.code());
        assertEquals("newsarchive: --commit-every must be at least 1, got 0", r.err().strip());
    }
}
