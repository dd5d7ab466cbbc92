package org.newsarchive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsarchive.bench.BenchConfig;
import org.newsarchive.bench.BenchReport;
import org.newsarchive.bench.BenchRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsarchive bench}: ingest, queries, HTTP and cold start, beside PostgreSQL full-text search. */
@Command(name = "bench", description = "Measure ingest, query latency (in process and "
        + "over HTTP with wrk) and CLI cold start, beside PostgreSQL full-text search on the same articles and queries, "
        + "in a temporary folder (--index is not used). Prints Markdown; writes bench.json, bench.md and queries.jsonl to --out.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Option(names = "--corpus", paramLabel = "FILE", description = "JSONL(.gz) corpus (default: ../shared/corpora/orangesum/orangesum_fr.jsonl.gz beside the installation).")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N articles (default: all; 400 with --smoke).")
    Integer limit;

    @Option(names = "--queries", paramLabel = "N", description = "Queries per type (default 10; 3 with --smoke).")
    Integer perType;

    @Option(names = "--rounds", paramLabel = "N", description = "Timed passes over the query set in process (default 30; 3 with --smoke).")
    Integer rounds;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up passes before timing at least, more until p50 settles (default 10; 1 with --smoke).")
    Integer warmup;

    @Option(names = "--pg-rounds", paramLabel = "N", description = "Timed passes for PostgreSQL (default 5; 2 with --smoke).")
    Integer pgRounds;

    @Option(names = "--http-seconds", paramLabel = "S", description = "Duration of each wrk run (default 15; 2 with --smoke).")
    Integer httpSeconds;

    @Option(names = "--cold-runs", paramLabel = "N", description = "Processes started per cold-start variant (default 7; 1 with --smoke).")
    Integer coldRuns;

    @Option(names = "--out", paramLabel = "DIR", description = "Where bench.json, bench.md and queries.jsonl go (default: target/bench).")
    Path out;

    @Option(names = "--http-url", paramLabel = "URL", description = "Measure a service already running there instead of starting 'serve'.")
    String httpUrl;

    @Option(names = "--serve-jar", paramLabel = "JAR", description = "Start 'serve' from this newsarchive jar (default: this installation's).")
    Path serveJar;

    @Option(names = "--pg-bin", paramLabel = "DIR", description = "PostgreSQL programs (default /usr/lib/postgresql/15/bin).")
    Path pgBin = Path.of("/usr/lib/postgresql/15/bin");

    @Option(names = "--skip-http", description = "Do not measure over HTTP.")
    boolean skipHttp;

    @Option(names = "--skip-postgres", description = "Do not run the PostgreSQL peer.")
    boolean skipPostgres;

    @Option(names = "--skip-coldstart", description = "Do not measure CLI cold start.")
    boolean skipColdStart;

    @Option(names = "--smoke", description = "A fast run that keeps the harness working: 400 articles, few queries, PostgreSQL included.")
    boolean smoke;

    @Override
    public Integer call() throws Exception {
        Console console = top.console;
        Path home = top.config().home();
        Path corpusFile = corpus != null ? corpus
                : home.resolve("../shared/corpora/orangesum/orangesum_fr.jsonl.gz").normalize();
        if (!Files.isRegularFile(corpusFile)) throw new IllegalArgumentException("--corpus: no such file: " + corpusFile);
        for (Integer n : new Integer[] {limit, perType, rounds, warmup, pgRounds, httpSeconds, coldRuns}) {
            if (n != null && n < 0) throw new IllegalArgumentException("counts and durations must not be negative, got " + n);
        }
        BenchConfig config = new BenchConfig(corpusFile.toAbsolutePath(), or(limit, smoke ? 400 : 0), or(perType, smoke ? 3 : 10),
                or(warmup, smoke ? 1 : 10), Math.max(1, or(rounds, smoke ? 3 : 30)), Math.max(1, or(pgRounds, smoke ? 2 : 5)),
                (out != null ? out : home.resolve("target").resolve("bench")).toAbsolutePath(),
                skipHttp, skipPostgres, skipColdStart, Math.max(1, or(httpSeconds, smoke ? 2 : 15)),
                Math.max(1, or(coldRuns, smoke ? 1 : 7)), pgBin, httpUrl, home, smoke,
                serveJar == null ? null : serveJar.toAbsolutePath());
        BenchReport report = new BenchRun(config, console.err()).run();
        console.out().print(report.markdown());
        console.out().flush();
        console.err().println("bench: wrote " + config.out().resolve("bench.json") + " and bench.md");
        for (String failure : report.failures()) console.err().println("newsarchive: bench: " + failure);
        console.err().flush();
        return report.failures().isEmpty() ? 0 : 1;
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
