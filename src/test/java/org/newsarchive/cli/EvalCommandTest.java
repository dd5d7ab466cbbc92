package org.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} on the seeds with topics whose answers are known: each seed's title finds it, a 4,500-character
 * paragraph full of query syntax finds its seed (plain words, cut at 4,000 characters), nonsense finds nothing.
 */
class EvalCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path queries;
    Path qrels;

    private CliRun run(String... args) {
        return CliRun.onIndex(tmp.resolve("index"), args);
    }

    @BeforeEach
    void topics() throws IOException {
        assertEquals(0, run("index", "seeds").code());
        String body = Files.readString(Path.of("seeds/003_c0426905f188866c.txt")).replace("\n", " ");
        StringBuilder paragraph = new StringBuilder();
        while (paragraph.length() < 4_500) paragraph.append("(title:« ").append(body).append(" »)^2 AND \"[ ");
        queries = Files.writeString(tmp.resolve("q.jsonl"), String.join("\n",
                JSON.writeValueAsString(java.util.Map.of("qid", "t0", "query", "La coopération militaire se renforce entre Bamako et Moscou")),
                JSON.writeValueAsString(java.util.Map.of("qid", "long", "query", paragraph.toString())),
                JSON.writeValueAsString(java.util.Map.of("qid", "none", "query", "zzqxv wqpfk")) + "\n"));
        qrels = Files.writeString(tmp.resolve("qrels.txt"),
                "t0 0 000_21e3eea4dcfbddef 1\nlong 0 003_c0426905f188866c 1\nnone 0 001_b221eb90067474de 1\n");
    }

    @Test
    void eval_printsTheFiguresOverEveryTopic_andWritesATrecRun() throws IOException {
        Path runFile = tmp.resolve("run.txt");
        CliRun r = run("eval", "--queries", queries.toString(), "--qrels", qrels.toString(), "--run", runFile.toString());
        assertEquals(0, r.code(), r.err());
        // Two of three topics find their article first, the third nothing: MRR@10 = Recall@100 = 2/3.
        assertTrue(r.out().startsWith("MRR@10 0.6667  nDCG@10 0.6667  Recall@100 0.6667  queries 3"), r.out());
        List<String> lines = Files.readAllLines(runFile);
        assertTrue(lines.get(0).startsWith("t0 Q0 000_21e3eea4dcfbddef 1 "), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("long Q0 003_c0426905f188866c 1 ")), String.join("\n", lines));
        assertTrue(lines.stream().allMatch(l -> l.matches("(t0|long) Q0 \\S+ \\d+ \\d+\\.\\d{6} newsarchive")), String.join("\n", lines));
    }

    @Test
    void eval_json_givesTheSameFiguresAsNumbers() throws IOException {
        CliRun r = run("eval", "--json", "--queries", queries.toString(), "--qrels", qrels.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals(3, json.get("queries").asInt());
        assertEquals(2.0 / 3, json.get("mrr@10").asDouble(), 1e-9);
        assertEquals(2.0 / 3, json.get("recall@100").asDouble(), 1e-9);
    }

    @Test
    void eval_withABadQrelsLine_saysWhichLine_andExits2() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "t0 0 000_21e3eea4dcfbddef\n");
        CliRun r = run("eval", "--queries", queries.toString(), "--qrels", bad.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().strip().endsWith("bad.txt:1: want 'qid 0 docid grade'"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
