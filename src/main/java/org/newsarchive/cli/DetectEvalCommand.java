package org.newsarchive.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsarchive.eval.DetectionEvaluation;
import org.newsarchive.ingest.LanguageDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsarchive detect-eval PATH...}: language detection accuracy against the {@code lang} of labelled files. */
@Command(name = "detect-eval", description = "Measure language detection against the languages stated in labelled files (.jsonl, .jsonl.gz).")
final class DetectEvalCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Labelled files or folders (each article's \"lang\" is the truth).")
    List<Path> paths;

    @Option(names = "--per-language", paramLabel = "N", description = "At most N articles per stated language (default: all).")
    int perLanguage;

    @Option(names = "--min-confidence", paramLabel = "C", description = "Experiment: refuse guesses below this margin (default ${DEFAULT-VALUE}).")
    double minConfidence = LanguageDetector.DEFAULT_MIN_CONFIDENCE;

    @Option(names = "--max-chars", paramLabel = "N", description = "Experiment: characters of title + body read (default ${DEFAULT-VALUE}).")
    int maxChars = LanguageDetector.DEFAULT_MAX_CHARS;

    @Override
    public Integer call() {
        if (perLanguage < 0) throw new IllegalArgumentException("--per-language must not be negative, got " + perLanguage);
        Console console = top.console;
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        LanguageDetector detector = new LanguageDetector(minConfidence, maxChars).warmUp();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long modelBytes = memory.getHeapMemoryUsage().getUsed() - before;
        DetectionEvaluation.Result result = new DetectionEvaluation(detector, perLanguage).run(paths);
        for (String p : result.problems()) console.err().println("failed  " + p);
        console.out().printf(Locale.ROOT, "detector: Apache OpenNLP langdetect-183, archive languages %s, minimum confidence %.2f, reading %d characters; model loaded in %d ms, about %d MB of heap%n%n",
                LanguageDetector.languages(), minConfidence, maxChars, loadMillis, modelBytes >> 20);
        console.out().print(DetectionEvaluation.report(result.byInput()));
        console.out().flush();
        console.err().flush();
        return result.byInput().values().stream().allMatch(c -> c.total() == 0) ? 1 : 0;
    }
}
