package org.newsarchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;
import org.newsarchive.eval.DateEvaluation;
import org.newsarchive.index.ReprintsAndDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsarchive eval-dates FILE}: dates inferred from the text of articles whose true date is known. Two runs:
 * every article undated; then only the articles marked {@code duplicate_of} undated, so their dated reprints count
 * (before or after them in the file).
 */
@Command(name = "eval-dates", description = "Measure date inference: ingest dated articles without their dates and compare.")
final class EvalDatesCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Parameters(paramLabel = "FILE", description = "JSON lines of dated articles (e.g. OrangeSum).")
    Path file;

    @Override
    public Integer call() throws Exception {
        var out = top.console.out();
        List<Article> articles = IntelligenceInputs.read(file).stream().filter(a -> a.date() != null).toList();
        if (articles.isEmpty()) throw new IllegalArgumentException("no dated article in " + file);

        out.println("all undated:        " + evaluate(articles, a -> true).summary());
        out.println("reprints undated:   " + evaluate(articles, a -> a.metadata().containsKey("duplicate_of")).summary());
        out.flush();
        return 0;
    }

    /**
     * Ingests {@code articles} in order, without their dates where {@code strip} says so, as {@code index} would
     * (late dates from reprints written afterwards included), and compares the dates inferred for those.
     */
    static DateEvaluation evaluate(List<Article> articles, Predicate<Article> strip) throws IOException {
        ReprintsAndDates reprints = new ReprintsAndDates();
        Map<String, Article> stripped = new LinkedHashMap<>();
        Map<String, PartialDate> inferred = new HashMap<>();
        for (Article a : articles) {
            boolean undate = strip.test(a);
            PartialDate date = reprints.enrich(undate ? IntelligenceInputs.undated(a) : a, null).article().date();
            if (!undate) continue;
            stripped.put(a.id(), a);
            inferred.put(a.id(), date);
        }
        reprints.takeLateDates().forEach((id, date) -> {
            if (stripped.containsKey(id) && inferred.get(id) == null) {
                inferred.put(id, ReprintsAndDates.lateDate(date, stripped.get(id)));
            }
        });
        DateEvaluation evaluation = new DateEvaluation();
        stripped.forEach((id, a) -> evaluation.add(a.date(), inferred.get(id)));
        return evaluation;
    }
}
