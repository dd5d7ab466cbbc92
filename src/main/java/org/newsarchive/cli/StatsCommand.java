package org.newsarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.ArchiveStats;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsarchive stats}: article count, languages, date range, index size. */
@Command(name = "stats", description = "Article count, languages, date range and index size.")
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Option(names = "--json", description = "Print JSON (the HTTP API's shape).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Console console = top.console;
        ArchiveStats stats;
        try (ArchiveIndex index = Archives.openForReading(top.config(), console)) {
            stats = new LuceneArchiveSearch(index).stats();
        }
        var out = console.out();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(SearchJson.stats(stats)));
        } else {
            out.printf("articles    %d%n", stats.articles());
            out.printf("languages   %s%n", stats.languages().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            out.printf("dates       %s%n", stats.oldest() == null ? "none"
                    : stats.oldest() + " … " + stats.newest() + " (" + stats.undated() + " undated)");
            out.printf(Locale.ROOT, "index size  %.1f kB (%s)%n", stats.sizeBytes() / 1024.0, top.config().index());
        }
        out.flush();
        return 0;
    }
}
