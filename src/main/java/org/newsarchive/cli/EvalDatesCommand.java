package org.newsarchive.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsarchive.Article;
import org.newsarchive.eval.DateEvaluation;
import org.newsarchive.index.ReprintsAndDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsarchive eval-dates FILE}: dates inferred from the text of articles whose true date is known. Two runs:
 * every article undated; then only the articles marked {@code duplicate_of} undated, so their dated reprints count.
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

        DateEvaluation all = new DateEvaluation();
        ReprintsAndDates reprints = new ReprintsAndDates();
        for (Article a : articles) all.add(a.date(), reprints.enrich(IntelligenceInputs.undated(a), null).article().date());
        out.println("all undated:        " + all.summary());

        DateEvaluation marked = new DateEvaluation();
        ReprintsAndDates withReprints = new ReprintsAndDates();
        for (Article a : articles) {
            boolean strip = a.metadata().containsKey("duplicate_of");
            Article result = withReprints.enrich(strip ? IntelligenceInputs.undated(a) : a, null).article();
            if (strip) marked.add(a.date(), result.date());
        }
        out.println("reprints undated:   " + marked.summary());
        out.flush();
        return 0;
    }
}
