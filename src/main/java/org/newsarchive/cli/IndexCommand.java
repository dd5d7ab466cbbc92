package org.newsarchive.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.IndexReport;
import org.newsarchive.index.Indexer;
import org.newsarchive.ingest.LanguageDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsarchive index PATH...}: exit 0 when everything was indexed, 1 when some input failed. */
@Command(name = "index", description = "Index article files (.txt, .jsonl, .jsonl.gz) and folders of them.")
final class IndexCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (searched recursively).")
    List<Path> paths;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language of every article, instead of the one they say "
            + "(default: the one they say, else detected); 'auto' detects every article's language, ignoring theirs.")
    String lang;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + Indexer.DEFAULT_COMMIT_EVERY,
            description = "Commit after every N articles: a crash loses at most N (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Override
    public Integer call() throws Exception {
        Console console = top.console;
        if (lang != null && !Analyzers.LANGUAGES.contains(lang) && !Indexer.DETECT_ALL.equals(lang)) {
            throw new IllegalArgumentException("unknown language '" + lang + "' (known: " + String.join(", ", Analyzers.LANGUAGES)
                    + ", or " + Indexer.DETECT_ALL + ")");
        }
        if (commitEvery < 1) throw new IllegalArgumentException("--commit-every must be at least 1, got " + commitEvery);
        IndexReport report;
        try (ArchiveIndex index = Archives.openForWriting(top.config(), console);
             ProgressBar bar = console.ansi() ? new ProgressBarBuilder().setTaskName("Indexing").setUnit(" articles", 1)
                     .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1).continuousUpdate().build() : null) {
            LongConsumer progress = bar == null ? new PeriodicProgress(console.err()) : bar::stepTo;
            // The model is loaded only if some article needs detecting.
            report = new Indexer(index, new LanguageDetector(), lang, commitEvery)
                    .onNotice(message -> {
                        console.err().println(message);
                        console.err().flush();
                    })
                    .index(paths, progress);
        }
        for (IndexReport.Problem p : report.skipped()) console.err().println("skipped " + p);
        for (IndexReport.Problem p : report.failed()) console.err().println("failed  " + p);
        console.out().println(report.summary());
        console.out().println(report.languageSummary());
        console.out().flush();
        console.err().flush();
        return report.failed().isEmpty() ? 0 : 1;
    }
}
