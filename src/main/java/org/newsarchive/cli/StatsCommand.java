package org.newsarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.ingest.LearnedBoilerplate;
import org.newsarchive.search.ArchiveStats;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchJson;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsarchive stats}: article count, languages, date range, index size. */
final class StatsCommand implements Callable<Integer> {
    /** Learned boilerplate lines listed. */
    private static final int TOP_LINES = 10;

    private CommandSpec spec;
    boolean json;

    /** The model of this command (see {@link Specs}). */
    CommandSpec spec() {
        spec = Specs.command(this, "stats", "Article count, languages, date range and index size.");
        spec.addOption(Specs.flag("--json", () -> json, v -> json = v, "Print JSON (the HTTP API's shape)."));
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        NewsarchiveCommand top = Specs.top(spec);
        Console console = top.console;
        ArchiveStats stats;
        List<LearnedBoilerplate.Line> boilerplate;
        try (ArchiveIndex index = Archives.openForOneCommand(top.config(), console)) {
            stats = new LuceneArchiveSearch(index).stats();
            boilerplate = LearnedBoilerplate.load(index.path()).lines();
        }
        boilerplate = boilerplate.subList(0, Math.min(TOP_LINES, boilerplate.size()));
        var out = console.out();
        if (json) {
            Map<String, Object> map = new LinkedHashMap<>(SearchJson.stats(stats));
            map.put("boilerplate_removed", SearchJson.boilerplate(boilerplate));
            out.println(new ObjectMapper().writeValueAsString(map));
        } else {
            out.printf("articles    %d%n", stats.articles());
            out.printf("languages   %s%n", stats.languages().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            out.printf("dates       %s%n", stats.oldest() == null ? "none"
                    : stats.oldest() + " … " + stats.newest() + " (" + stats.undated() + " undated)");
            out.printf(Locale.ROOT, "index size  %.1f kB (%s)%n", stats.sizeBytes() / 1024.0, top.config().index());
            out.printf("learned boilerplate  %s%n", boilerplate.isEmpty() ? "none" : "lines removed most often:");
            for (LearnedBoilerplate.Line l : boilerplate) {
                out.printf("  %6d  %s%s%n", l.removed(), l.source().isEmpty() ? "" : "[" + l.source() + "] ", l.text());
            }
        }
        out.flush();
        return 0;
    }
}
