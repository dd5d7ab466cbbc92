package org.newsarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsarchive.eval.Evaluation;
import org.newsarchive.eval.RelevanceSet;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.RankingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsarchive eval}: MRR@10, nDCG@10 and Recall@100 of a relevance set over an index. */
@Command(name = "eval", description = "Measure relevance: queries (JSON lines) and TREC qrels against an index.")
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "JSON lines {\"qid\": ..., \"query\": ...}.")
    Path queries;

    @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "TREC qrels: qid 0 docid grade.")
    Path qrels;

    @Option(names = "--run", paramLabel = "FILE", description = "Also write a TREC run file.")
    Path run;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--syntax", description = "Read queries in the search syntax instead of as plain words.")
    boolean syntax;

    @Option(names = "--title-weight", paramLabel = "W", description = "Ranking experiment: title weight (default ${DEFAULT-VALUE}).")
    float titleWeight = RankingConfig.DEFAULT.titleWeight();

    @Option(names = "--k1", paramLabel = "K1", description = "Ranking experiment: BM25 k1 (default ${DEFAULT-VALUE}).")
    float k1 = RankingConfig.DEFAULT.k1();

    @Option(names = "--b", paramLabel = "B", description = "Ranking experiment: BM25 b (default ${DEFAULT-VALUE}).")
    float b = RankingConfig.DEFAULT.b();

    @Option(names = "--pair-weight", paramLabel = "W", description = "Ranking experiment: weight of neighbouring word pairs (default ${DEFAULT-VALUE}).")
    float pairWeight = RankingConfig.DEFAULT.pairWeight();

    @Option(names = "--exact-weight", paramLabel = "W", description = "Ranking experiment: weight of a query word in its exact, unstemmed form (default ${DEFAULT-VALUE}).")
    float exactWeight = RankingConfig.DEFAULT.exactWeight();

    @Option(names = "--evidence-k1", paramLabel = "K1", description = "Ranking experiment: BM25 k1 of the word-pair and exact-form fields (default ${DEFAULT-VALUE}).")
    float evidenceK1 = RankingConfig.DEFAULT.evidenceK1();

    @Override
    public Integer call() throws Exception {
        Console console = top.console;
        for (Path p : new Path[] {queries, qrels}) {
            if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no such file: " + p);
        }
        RelevanceSet set = RelevanceSet.load(queries, qrels);
        Evaluation.Result result;
        try (ArchiveIndex index = Archives.openForReading(top.config(), console);
             BufferedWriter runWriter = run == null ? null : Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            var search = new LuceneArchiveSearch(index, new RankingConfig(titleWeight, k1, b, pairWeight, exactWeight, evidenceK1));
            int total = set.queries().size();
            result = new Evaluation(search, !syntax).run(set, runWriter, n -> {
                if (console.ansi() && (n % 100 == 0 || n == total)) console.err().printf("\r%d/%d queries", n, total);
            });
            if (console.ansi()) console.err().println();
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("queries_file", queries.toString());
            out.put("queries", result.queries());
            out.put("mrr@10", result.mrr10());
            out.put("ndcg@10", result.ndcg10());
            out.put("recall@100", result.recall100());
            out.put("seconds", result.seconds());
            console.out().println(new ObjectMapper().writeValueAsString(out));
        } else {
            console.out().println(result.summary());
        }
        console.out().flush();
        console.err().flush();
        return 0;
    }
}
